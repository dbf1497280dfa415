using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A TLS certificate check: a handshake, judged by the certificate's days left, its chain and its name.</summary>
/// <param name="Host">Host name or address; the certificate must be valid for it.</param>
/// <param name="Port">Port, 1–65535 (default 443).</param>
/// <param name="StartTls">Speak SMTP first and ask for STARTTLS (mail servers on ports 25 and 587).</param>
/// <param name="WarningDays">Fewer days left than this is degraded (default 21).</param>
/// <param name="CriticalDays">Fewer days left than this is down (default 7).</param>
public sealed record TlsCheckSettings(
    [property: Required, StringLength(253, MinimumLength = 1)] string Host,
    [property: Range(1, 65_535)] int? Port = null,
    bool StartTls = false,
    [property: Range(1, 3650)] int? WarningDays = null,
    [property: Range(0, 3650)] int? CriticalDays = null);
