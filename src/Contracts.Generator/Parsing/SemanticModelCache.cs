using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>One semantic model per syntax tree for the length of one parse: a message's records may live in other files.</summary>
internal sealed class SemanticModelCache
{
    private readonly Compilation _compilation;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

    public SemanticModelCache(SemanticModel first)
    {
        _compilation = first.Compilation;
        _models[first.SyntaxTree] = first;
    }

    public SemanticModel For(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model))
        {
            _models[tree] = model = _compilation.GetSemanticModel(tree);
        }

        return model;
    }
}
