using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Server.Components.Account;

// The account forms' fields. Lengths match the API contracts; Identity checks the password policy.

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";
}

public sealed class SecondFactorInput
{
    [Required(ErrorMessage = "Enter the code from your authenticator app or a recovery code."), StringLength(32)]
    public string Code { get; set; } = "";
}

public sealed class NewAccountInput
{
    [Required(ErrorMessage = "Enter an e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address."), StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name colleagues will see."), StringLength(100)]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a password."), StringLength(256, MinimumLength = 12, ErrorMessage = "Use at least 12 characters.")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string RepeatPassword { get; set; } = "";
}

public sealed class PasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password."), StringLength(256, MinimumLength = 12, ErrorMessage = "Use at least 12 characters.")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ.")]
    public string RepeatPassword { get; set; } = "";
}

public sealed class ConfirmPasswordInput
{
    [Required(ErrorMessage = "Enter your password to confirm.")]
    public string Password { get; set; } = "";
}
