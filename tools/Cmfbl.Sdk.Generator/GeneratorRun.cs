using Cmfbl.Sdk.Generator.Emit;
using Cmfbl.Sdk.Generator.Model;
using Cmfbl.Sdk.Generator.Overlay;
using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator;

/// <summary>One run: read spec/vendor and spec/overlay, write every Generated/ folder and docs/operations.md.</summary>
internal static class GeneratorRun
{
    private static readonly string[] FamilyFiles = ["manager.yaml", "auth2.yaml", "client.yaml"];

    public static async Task<int> MainAsync(string[] args)
    {
        try
        {
            var root = args.Length > 0 ? Path.GetFullPath(args[0]) : FindRoot(Directory.GetCurrentDirectory());
            var (families, files) = await GenerateAsync(root).ConfigureAwait(false);
            var (written, unchanged, deleted) = files.Commit(OwnedFolders(root, families));
            foreach (var family in families)
            {
                Console.WriteLine($"{family.Name}: {family.Operations.Count()} operations in {family.Services.Count} interfaces, {family.Models.Count} generated models, {family.Excluded.Count} excluded");
            }

            Console.WriteLine($"{written} file(s) written, {unchanged} unchanged, {deleted} deleted.");
            return 0;
        }
        catch (InvalidOperationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }

    /// <summary>Reads the specs and overlays under <paramref name="root"/> and builds every generated file in memory.</summary>
    public static async Task<(IReadOnlyList<ApiFamily> Families, GeneratedFiles Files)> GenerateAsync(string root)
    {
        var (families, common) = await LoadAsync(root).ConfigureAwait(false);
        return (families, Emit(root, families, common));
    }

    public static async Task<(IReadOnlyList<ApiFamily> Families, CommonOverlay Common)> LoadAsync(string root)
    {
        var common = OverlayReader.Read<CommonOverlay>(Path.Combine(root, "spec", "overlay", "common.yaml"));
        var families = new List<ApiFamily>();
        // A generated model never shares its short name with a hand-written public type or another family's model.
        var modelNames = new HashSet<string>(PublicTypes(root, handWrittenOnly: true).Keys, StringComparer.Ordinal);
        foreach (var file in FamilyFiles)
        {
            var path = Path.Combine(root, "spec", "overlay", file);
            if (!File.Exists(path))
            {
                continue;
            }

            var overlay = OverlayReader.Read<FamilyOverlay>(path);
            var operations = await SpecReader.ReadAsync(Path.Combine(root, "spec", "vendor", overlay.Spec)).ConfigureAwait(false);
            var family = Resolver.Resolve(overlay, common, "spec/overlay/" + file, operations, type => HandWrittenHasRequired(root, type), modelNames);
            modelNames.UnionWith(family.Models.Select(static m => m.Name));
            families.Add(family);
        }

        return (families, common);
    }

    private static GeneratedFiles Emit(string root, IReadOnlyList<ApiFamily> families, CommonOverlay common)
    {
        var files = new GeneratedFiles(root);
        foreach (var family in families)
        {
            var folder = $"src/Cmfbl.Sdk/{family.Overlay.Folder}";
            foreach (var service in family.Services)
            {
                foreach (var (name, content) in InterfaceEmitter.Emit(family, service, family.Overlay.Spec))
                {
                    files.Add($"src/Cmfbl.Sdk/{service.Folder}/Generated/{name}.cs", content);
                }

                if (ExtensionsEmitter.Emit(family, service) is { } extensions)
                {
                    files.Add($"src/Cmfbl.Sdk/{service.Folder}/Generated/{service.Interface[1..]}Extensions.cs", extensions);
                }
            }

            files.Add($"{folder}/Generated/{family.Overlay.ServicesClass}.cs", ServicesEmitter.ServicesClass(family));
            if (ServicesEmitter.SessionClass(family) is { } session)
            {
                files.Add($"{folder}/Generated/{family.Overlay.SessionClass}.cs", session);
            }

            foreach (var model in family.Models)
            {
                files.Add($"src/Cmfbl.Sdk/{FolderOf(model.Namespace)}/Generated/{model.Name}.cs", ModelEmitter.Emit(model));
            }

            files.Add($"src/Cmfbl.Sdk/DependencyInjection/Generated/CmfblServiceCollectionExtensions.{family.Name}Services.cs", ServicesEmitter.Registrations(family));
            files.Add($"src/Cmfbl.Sdk/Http/Internal/Generated/OperationCatalog.{family.Name}.cs", CatalogEmitter.Emit(family));
        }

        var commonContext = File.ReadAllText(Path.Combine(root, "src", "Cmfbl.Sdk", "Serialization", "Internal", ContextEmitter.CommonContext + ".cs"));
        foreach (var (path, text) in ContextEmitter.Emit(families, common, commonContext))
        {
            files.Add(path, text);
        }

        files.Add("docs/operations.md", DocsEmitter.Emit(families));
        var types = PublicTypes(root);
        foreach (var model in families.SelectMany(static f => f.Models))
        {
            types[model.Name] = model.Namespace;
        }

        files.Add("src/Cmfbl.Sdk/.PublicAPI/Generated/PublicAPI.Unshipped.txt", PublicApiEmitter.Emit(families, type => Qualify(type, types)));
        return files;
    }

    /// <summary>The folder under <c>src/Cmfbl.Sdk</c> of a namespace: <c>Cmfbl.Sdk.ClientApi.Trading.Models</c> → <c>ClientApi/Trading/Models</c>.</summary>
    private static string FolderOf(string ns) => ns["Cmfbl.Sdk.".Length..].Replace('.', '/');

    /// <summary>The namespace of every public type in the SDK's source (or only the hand-written ones), by short name (to write fully qualified API entries).</summary>
    private static Dictionary<string, string> PublicTypes(string root, bool handWrittenOnly = false)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "Cmfbl.Sdk"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal)
                || (handWrittenOnly && file.Contains("/Generated/", StringComparison.Ordinal)))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var ns = System.Text.RegularExpressions.Regex.Match(text, @"^namespace ([\w.]+);", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"^public (?:sealed |readonly |static )*(?:partial )?(?:record struct |record |class |struct |enum |interface )(\w+)", System.Text.RegularExpressions.RegexOptions.Multiline))
            {
                types.TryAdd(m.Groups[1].Value, ns);
            }
        }

        return types;
    }

    private static string Qualify(string type, Dictionary<string, string> types) =>
        type.Contains('.', StringComparison.Ordinal) ? type : types.TryGetValue(type, out var ns) ? $"{ns}.{type}" : type;

    /// <summary>
    /// The folders the generator owns (files in them that a run does not write are deleted): every <c>Generated</c>
    /// folder under the families' folders, those on disk and those this run writes, and the shared ones.
    /// </summary>
    public static IEnumerable<string> OwnedFolders(string root, IReadOnlyList<ApiFamily> families) =>
        families.SelectMany(f => Directory.Exists(Path.Combine(root, "src", "Cmfbl.Sdk", f.Overlay.Folder))
                ? Directory.EnumerateDirectories(Path.Combine(root, "src", "Cmfbl.Sdk", f.Overlay.Folder), "Generated", SearchOption.AllDirectories)
                    .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/'))
                : [])
            .Concat(families.SelectMany(static f => f.Services.Select(static s => $"src/Cmfbl.Sdk/{s.Folder}/Generated")))
            .Concat(families.SelectMany(static f => f.Models.Select(static m => $"src/Cmfbl.Sdk/{FolderOf(m.Namespace)}/Generated")))
            .Concat(["src/Cmfbl.Sdk/DependencyInjection/Generated", "src/Cmfbl.Sdk/Http/Internal/Generated", "src/Cmfbl.Sdk/Serialization/Internal/Generated", "src/Cmfbl.Sdk/.PublicAPI/Generated"])
            .Distinct(StringComparer.Ordinal);

    /// <summary>Whether a hand-written request type has <c>required</c> members (read from its source file).</summary>
    private static bool HandWrittenHasRequired(string root, string type)
    {
        var name = type[(type.LastIndexOf('.') + 1)..];
        var file = Directory.EnumerateFiles(Path.Combine(root, "src", "Cmfbl.Sdk"), name + ".cs", SearchOption.AllDirectories)
            .FirstOrDefault(static f => !f.Contains("/Generated/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));
        return file is null || File.ReadAllText(file).Contains(" required ", StringComparison.Ordinal);
    }

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cmfbl.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the generator inside the repository (no Cmfbl.Sdk.sln found above the current folder).");
    }
}
