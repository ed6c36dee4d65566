using System.ComponentModel.DataAnnotations;

namespace WsisEvents.Web.ViewModels;

public sealed class LoginInputModel
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(512)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
