namespace Cmfbl.Sdk.Generator.Emit;

/// <summary>The files one run writes, by path relative to the repository root; written only when they change, and stale ones removed.</summary>
internal sealed class GeneratedFiles(string root)
{
    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>Gets every file of the run, by path relative to the repository root.</summary>
    public IReadOnlyDictionary<string, string> Files => _files;

    public void Add(string relativePath, string content)
    {
        if (!_files.TryAdd(relativePath.Replace('\\', '/'), content))
        {
            throw new InvalidOperationException($"Two generated files would both be {relativePath}.");
        }
    }

    /// <summary>Writes every file and deletes the files in <paramref name="ownedFolders"/> that this run did not produce.</summary>
    /// <returns>How many files were written, unchanged and deleted.</returns>
    public (int Written, int Unchanged, int Deleted) Commit(IEnumerable<string> ownedFolders)
    {
        int written = 0, unchanged = 0, deleted = 0;
        foreach (var (relative, content) in _files)
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path) && File.ReadAllText(path) == content)
            {
                unchanged++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            written++;
        }

        foreach (var folder in ownedFolders)
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!_files.ContainsKey(relative))
                {
                    File.Delete(file);
                    deleted++;
                }
            }
        }

        return (written, unchanged, deleted);
    }
}
