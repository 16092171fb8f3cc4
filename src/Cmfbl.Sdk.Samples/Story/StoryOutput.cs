using Spectre.Console;

namespace Cmfbl.Sdk.Samples.Story;

/// <summary>How the stories print: a rule per step, and tables with box drawing in a terminal, ASCII in plain text (redirected output or NO_COLOR).</summary>
internal static class StoryOutput
{
    public static TableBorder TableBorder(IAnsiConsole console) => console.Profile.Capabilities.Unicode ? Spectre.Console.TableBorder.Rounded : Spectre.Console.TableBorder.Ascii;

    public static void Step(IAnsiConsole console, string title) => console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]")
    {
        Border = console.Profile.Capabilities.Unicode ? BoxBorder.Square : BoxBorder.Ascii,
    }.LeftJustified());
}
