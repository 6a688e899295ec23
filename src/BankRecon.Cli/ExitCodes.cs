namespace BankRecon.Cli;

public static class ExitCodes
{
    /// <summary>Done (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>Rejected input or failed validation: the message says what and where.</summary>
    public const int Rejected = 1;

    /// <summary>Bad usage, or an unexpected failure.</summary>
    public const int Usage = 2;
}
