using System.Diagnostics;
using ArticleGenTests.Infrastructure;

namespace ArticleGenTests.Package;

/// <summary>
/// The NuGet package as a user gets it: `dotnet pack` into a temporary feed, a fresh console app and
/// a class library that reference it through a nuget.config (with an isolated NUGET_PACKAGES, so no
/// stale copy is used), the seed dropped into Articles/, then `dotnet build` and `dotnet run`.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageEndToEndTests : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);
    private readonly string _root = Directory.CreateTempSubdirectory("articlegen-e2e-").FullName;

    [Fact]
    public void Packed_generator_works_in_a_fresh_app_and_a_library_exposes_its_articles()
    {
        var repository = RepositoryRoot();
        var feed = Path.Combine(_root, "feed");
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Run(repository, "dotnet", $"pack src/ArticleGen/ArticleGen.csproj -c Release -o \"{feed}\" -p:Version={version}");
        var package = Path.Combine(feed, $"ArticleGen.{version}.nupkg");
        Assert.True(File.Exists(package), "no package at " + package);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("analyzers/dotnet/cs/ArticleGen.dll", entries);
            Assert.Contains("lib/netstandard2.0/ArticleGen.Runtime.dll", entries);
            Assert.Contains("buildTransitive/ArticleGen.props", entries);
            Assert.Contains("README.md", entries);
            Assert.DoesNotContain("lib/netstandard2.0/ArticleGen.dll", entries);
        }

        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // A library that exposes its articles publicly, in its own namespace.
        var library = Path.Combine(_root, "Lib");
        Directory.CreateDirectory(Path.Combine(library, "Articles"));
        File.WriteAllText(Path.Combine(library, "Lib.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ArticleGenNamespace>Lib.Content</ArticleGenNamespace>
                <ArticleGenVisibility>public</ArticleGenVisibility>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleGen" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(library, "Articles", "Launch.txt"), "Headline: The library's own article\n\n“We ship today,” said Ada Lovelace.");

        // A fresh console app: top-level statements, no using directive.
        var app = Path.Combine(_root, "App");
        Directory.CreateDirectory(Path.Combine(app, "Articles"));
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleGen" Version="{version}" />
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(TestFiles.Path("Seeds", "Alep2016.txt"), Path.Combine(app, "Articles", "Alep2016.txt"));
        File.WriteAllText(Path.Combine(app, "Articles", "Broken.txt"), "Title\n\nIl a dit « ceci sans fin.");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            foreach (var q in Articles.Alep2016.Quotes)
                Console.WriteLine($"{q.Speaker}: « {q.Text} »");
            Console.WriteLine($"quotes={Articles.Alep2016.Quotes.Count} all={Articles.All.Count}");
            Console.WriteLine($"library={Lib.Content.Articles.Launch.Headline} by {Lib.Content.Articles.Launch.Quotes[0].Speaker}");
            """);

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        var build = Run(app, "dotnet", "build -p:UseSharedCompilation=false", environment);
        Assert.Matches(@"Articles[/\\]Broken\.txt\(3,10\): warning ARTG008: Quote mark '«' is never closed", build);

        var output = Run(app, "dotnet", "run --no-build", environment);
        Assert.Contains("quotes=9 all=2", output);
        Assert.Contains("Sergueï Lavrov: « Il ne s’est rien passé »", output);
        Assert.Contains("Hollande: « Ça suffit\u00A0! »", output);
        Assert.Contains("library=The library's own article by Ada Lovelace", output);
        Assert.Equal(9, output.Split('\n').Count(line => line.Contains(": « ", StringComparison.Ordinal)));

        // Severity from a global AnalyzerConfig file, and a deleted article leaving Articles.All.
        File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.ARTG008.severity = error\n");
        var failed = Run(app, "dotnet", "build -p:UseSharedCompilation=false", environment, expectSuccess: false);
        Assert.Matches(@"Articles[/\\]Broken\.txt\(3,10\): error ARTG008", failed);
        File.Delete(Path.Combine(app, ".globalconfig"));
        File.Delete(Path.Combine(app, "Articles", "Broken.txt"));
        Run(app, "dotnet", "build -p:UseSharedCompilation=false", environment);
        Assert.Contains("all=1", Run(app, "dotnet", "run --no-build", environment));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is under the temp directory.
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ArticleGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ArticleGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Run(string workingDirectory, string file, string arguments, IReadOnlyDictionary<string, string>? environment = null, bool expectSuccess = true)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{file} {arguments}` timed out");
        }

        var output = stdout.Result + stderr.Result;
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"`{file} {arguments}` failed ({process.ExitCode}):\n{output}");
        }
        else
        {
            Assert.True(process.ExitCode != 0, $"`{file} {arguments}` should have failed:\n{output}");
        }

        return output;
    }
}
