using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.ViewModels;

public sealed class LoginInputModel
{
    /// <summary>No control or invisible formatting character (an escape sequence, a line break, a zero-width
    /// joiner) in an e-mail address: none belongs there, and they would travel into logs and lists.</summary>
    public const string NoControlCharacters = @"[^\p{Cc}\p{Cf}]*";

    public const string ControlCharactersMessage = "An email address cannot contain control characters.";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [RegularExpression(NoControlCharacters, ErrorMessage = ControlCharactersMessage)]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
