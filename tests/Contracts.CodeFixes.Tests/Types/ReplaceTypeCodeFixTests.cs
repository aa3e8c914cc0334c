using System.Threading.Tasks;
using Contracts.CodeFixes.Tests.Infrastructure;
using Contracts.CodeFixes.Types;
using Xunit;

namespace Contracts.CodeFixes.Tests.Types;

public sealed class ReplaceTypeCodeFixTests
{
    [Fact]
    public async Task DateTimeBecomesDateTimeOffset()
    {
        await Fix(
            """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id, {|CTR0002:DateTime|} Value);
            """,
            """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id, DateTimeOffset Value);
            """);
    }

    // The suggestion is about the element: the list and the '?' stay.
    [Fact]
    public async Task OnlyThePartTheSuggestionIsAboutIsReplaced()
    {
        await Fix(
            """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id, {|CTR0002:IReadOnlyList<DateTime?>?|} Values);
            """,
            """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id, IReadOnlyList<DateTimeOffset?>? Values);
            """);
    }

    // A mutable collection is replaced as a whole, its element kept.
    [Fact]
    public async Task ListBecomesIReadOnlyList()
    {
        await Fix(
            """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id)
            {
                public required {|CTR0002:List<string>|} Tags { get; init; }
            }
            """,
            """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id)
            {
                public required IReadOnlyList<string> Tags { get; init; }
            }
            """);
    }

    // Advice is not a type: nothing to offer.
    [Fact]
    public async Task NoFixWhenTheSuggestionIsNotAType()
    {
        const string Source = """
            using Contracts;

            [Message("shop.sample")]
            public partial record Sample(int Id, {|CTR0002:object|} Payload);
            """;
        await new FixTest<ReplaceTypeCodeFix> { TestCode = Source, FixedCode = Source }.RunAsync();
    }

    [Fact]
    public async Task FixAllReplacesEveryTypeAndTheMessageBuildsClean()
    {
        var test = new FixTest<ReplaceTypeCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("shop.sample")]
                public partial record Sample(int Id, {|CTR0002:DateTime|} At, {|CTR0002:char|} Grade, {|CTR0002:Uri|} Link, {|CTR0002:Half|} Ratio);
                """,
            FixedCode = """
                using Contracts;

                [Message("shop.sample")]
                public partial record Sample(int Id, DateTimeOffset At, string Grade, string Link, float Ratio);
                """,
            NumberOfFixAllIterations = 1,
        };
        await test.RunAsync();
    }

    private static Task Fix(string before, string after)
        => new FixTest<ReplaceTypeCodeFix> { TestCode = before, FixedCode = after }.RunAsync();
}
