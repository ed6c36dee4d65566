using System.ComponentModel.DataAnnotations;
using WsisEvents.Web.Accounts;
using WsisEvents.Web.ViewModels;

namespace WsisEvents.Web.Areas.Admin.Models;

public sealed class NewUserInputModel
{
    [Required(ErrorMessage = "Enter the email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [RegularExpression(LoginInputModel.NoControlCharacters, ErrorMessage = LoginInputModel.ControlCharactersMessage)]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password of at least 10 characters.")]
    [StringLength(512, MinimumLength = 10, ErrorMessage = "The password has at least {2} characters.")]
    public string Password { get; set; } = "";

    public string Role { get; set; } = Roles.Editor;
}
