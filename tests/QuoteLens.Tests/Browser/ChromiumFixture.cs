using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace QuoteLens.Tests.Browser;

/// <summary>
/// One headless Chromium for a test collection, driven by Debian's chromedriver. The paths are set
/// explicitly (override with CHROMIUM_PATH / CHROMEDRIVER_PATH) so that Selenium Manager never
/// downloads anything. When Chromium is missing the tests fail with a message saying how to install
/// it (CI's .ci/run installs it); they are never skipped.
/// </summary>
public sealed class ChromiumFixture : IDisposable
{
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "quotelens-chromium-" + Guid.NewGuid().ToString("N"));

    public ChromiumFixture()
    {
        var browser = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        var driver = Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH") ?? "/usr/bin/chromedriver";
        foreach (var (path, what) in new[] { (browser, "Chromium"), (driver, "chromedriver") })
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"{what} not found at {path}: the browser tests need it. Install it with `apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does), or set CHROMIUM_PATH / CHROMEDRIVER_PATH.");
            }
        }

        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + _profile);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        options.SetLoggingPreference("performance", LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
    }

    /// <summary>The browser.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>Opens a local file, drops the logs of earlier pages, and waits until every plotly figure on the page has drawn.</summary>
    public void Open(string file)
    {
        Driver.Manage().Logs.GetLog(LogType.Browser);
        Driver.Manage().Logs.GetLog("performance");
        Driver.Navigate().GoToUrl(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        WaitUntil(() => Script<bool>("return document.readyState === 'complete' && Array.from(document.querySelectorAll('.ql-figure')).every(d => d.querySelector('.main-svg'))"),
            "the page to load and every chart to draw");
    }

    /// <summary>Runs a script in the page and returns its result.</summary>
    public T Script<T>(string script, params object[] args) => (T)Driver.ExecuteScript(script, args)!;

    /// <summary>Every URL the browser requested since the page was opened (from Chrome's network log).</summary>
    public IReadOnlyList<string> RequestedUrls() =>
        Driver.Manage().Logs.GetLog("performance")
            .Select(entry => JsonDocument.Parse(entry.Message).RootElement.GetProperty("message"))
            .Where(m => m.GetProperty("method").GetString() == "Network.requestWillBeSent")
            .Select(m => m.GetProperty("params").GetProperty("request").GetProperty("url").GetString() ?? "")
            .ToList();

    /// <summary>The console's errors since the page was opened (CSP violations show here).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();

    /// <summary>Runs <paramref name="test"/>; on failure saves a screenshot to TestResults/NAME.png and rethrows.</summary>
    public void Check(string name, Action test)
    {
        ArgumentNullException.ThrowIfNull(test);
        try
        {
            test();
        }
        catch (Exception)
        {
            var folder = Path.Combine(TestPaths.Root, "TestResults");
            Directory.CreateDirectory(folder);
            Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
            throw;
        }
    }

    /// <summary>Waits (up to 30 s) until <paramref name="condition"/> holds; fails naming <paramref name="what"/> otherwise.</summary>
    public static void WaitUntil(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file of its profile for a moment; the temp folder is cleaned by the system.
        }
    }
}

/// <summary>The tests that share one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
