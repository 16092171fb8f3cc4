namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>Waits (bounded) for something that happens on another thread, such as a handler finishing after its reply was sent.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 500; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("Timed out waiting until " + what);
    }
}
