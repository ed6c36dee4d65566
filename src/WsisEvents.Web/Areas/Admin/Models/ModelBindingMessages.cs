using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WsisEvents.Web.Localization;

namespace WsisEvents.Web.Areas.Admin.Models;

/// <summary>Model binding's own messages ("The value 'x' is not valid for SortOrder.") in the reader's language. The
/// keys are MVC's English defaults, so English pages read as before. The messages are asked for while a request is
/// bound, with no services at hand: the localizer is the one <c>AddLocalization()</c> registers for <see cref="Texts"/>,
/// made here once, and reads the request's UI culture each time.</summary>
public static class ModelBindingMessages
{
    private static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(Texts));

    public static void Localize(DefaultModelBindingMessageProvider provider)
    {
        provider.SetMissingBindRequiredValueAccessor(name => Localizer["A value for the '{0}' parameter or property was not provided.", name]);
        provider.SetMissingKeyOrValueAccessor(() => Localizer["A value is required."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => Localizer["A non-empty request body is required."]);
        provider.SetValueMustNotBeNullAccessor(value => Localizer["The value '{0}' is invalid.", value]);
        provider.SetAttemptedValueIsInvalidAccessor((value, name) => Localizer["The value '{0}' is not valid for {1}.", value, name]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Localizer["The value '{0}' is not valid.", value]);
        provider.SetUnknownValueIsInvalidAccessor(name => Localizer["The supplied value is invalid for {0}.", name]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => Localizer["The supplied value is invalid."]);
        provider.SetValueIsInvalidAccessor(value => Localizer["The value '{0}' is invalid.", value]);
        provider.SetValueMustBeANumberAccessor(name => Localizer["The field {0} must be a number.", name]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => Localizer["The field must be a number."]);
    }
}
