using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Contracts.Generator.Tests.Fuzz;

/// <summary>
/// What the fuzz tests mutate: the sample fleet's and BrokenBuild's sources as they are in the repository, plus shapes
/// the samples do not have (keywords and Unicode as names, nesting, partial types split over files, two namespaces
/// with the same type names, body properties, base records, record structs).
/// </summary>
internal static class FuzzSeeds
{
    private static readonly System.Lazy<List<(string Path, string Text)>> Loaded = new(Load);

    public static IReadOnlyList<(string Path, string Text)> All => Loaded.Value;

    private static List<(string Path, string Text)> Load()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "samples");
        var files = Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
        files.AddRange(Shapes.Select((text, i) => ($"fuzz/Shape{i}.cs", text)));
        return files;
    }

    private static readonly string[] Shapes =
    {
        """
        using System;
        using System.Collections.Generic;
        using Contracts;

        namespace Fuzz.@event;

        public enum @class { @default, @record, [WireName("Größe")] Größe, [EnumFallback] Unknown }

        [Message("fuzz.keywords", Version = 1)]
        public partial record @record(Guid @event, @class @class, string? @default = null, int @in = 3);

        public static partial class Outer
        {
            public partial record struct @struct(string @string, IReadOnlyDictionary<string, int[]> @params);

            [Message("fuzz.nested", Version = 2)]
            public partial record Inner(@struct Value, IReadOnlyList<@struct?> Values, 注文番号 Order);
        }

        public partial record 注文番号(string 番号, decimal 金額);
        """,
        """
        using System;
        using Contracts;

        namespace Fuzz.Split;

        [Message("fuzz.split")]
        public partial record Split(Guid Id)
        {
            public string? Note { get; init; }
        }

        [Publishes<Split>]
        public partial class SplitPublisher;

        public sealed partial class SplitConsumer : IConsumer<Split>
        {
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        namespace Fuzz.Split;

        public partial record Split
        {
            public required int Count { get; init; }
            public int Retries { get; init; } = 2;
        }

        public partial class SplitPublisher;

        public sealed partial class SplitConsumer
        {
            public ValueTask ConsumeAsync(Split message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """,
        """
        using System;
        using Contracts;

        namespace Fuzz.One
        {
            [Message("fuzz.same-name.one")]
            public partial record Same(Guid Id, Kind Kind);

            public enum Kind { A, B }
        }

        namespace Fuzz.Two
        {
            [Message("fuzz.same-name.two")]
            public partial record Same(Guid Id, Kind Kind, Base.Shape Shape);

            public enum Kind { A, B, C }

            public static partial class Base
            {
                public partial record Shape(string Name);
            }

            [Message("fuzz.derived")]
            public partial record Derived(string Name, double Size) : Base.Shape(Name);

            public sealed class Both : IConsumer<Same>, IConsumer<Derived>, IConsumer<Fuzz.One.Same>
            {
                public System.Threading.Tasks.ValueTask ConsumeAsync(Same message, MessageContext context, System.Threading.CancellationToken cancellationToken) => default;
                public System.Threading.Tasks.ValueTask ConsumeAsync(Derived message, MessageContext context, System.Threading.CancellationToken cancellationToken) => default;
                public System.Threading.Tasks.ValueTask ConsumeAsync(Fuzz.One.Same message, MessageContext context, System.Threading.CancellationToken cancellationToken) => default;
            }
        }
        """,
    };
}
