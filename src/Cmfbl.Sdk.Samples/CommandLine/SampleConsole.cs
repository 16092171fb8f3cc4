using Spectre.Console;

namespace Cmfbl.Sdk.Samples.CommandLine;

/// <summary>
/// The sample's consoles. In a terminal: colours and box drawing. When the output is redirected (a log file, a CI
/// step, a pipe) or <c>NO_COLOR</c> is set: plain text, no ANSI escape codes, ASCII borders and a 120-column width.
/// </summary>
internal static class SampleConsole
{
    /// <summary>Gets a value indicating whether the sample should write plain text.</summary>
    public static bool PlainText =>
        Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Creates the console that writes to standard output.</summary>
    public static IAnsiConsole ForOutput() => Create(Console.Out, PlainText);

    /// <summary>Creates the console that writes error messages to standard error.</summary>
    public static IAnsiConsole ForErrors() =>
        Create(Console.Error, Console.IsErrorRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Creates a console on <paramref name="writer"/>, plain or not.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool plainText)
    {
        if (!plainText)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Capabilities.Unicode = false;   // tables and rules fall back to ASCII borders
        console.Profile.Width = 120;
        return console;
    }
}
