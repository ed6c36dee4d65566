using System.Reflection;
using System.Reflection.Emit;

namespace WsisEvents.Web.Tests.Architecture;

/// <summary>Which top-level folders (namespaces under a root) of an assembly use which, read from the compiled types:
/// base types, interfaces, fields, properties, method signatures, and every type, method and field that the method
/// bodies name (their IL), lambdas and async methods (nested types) counted with the type that holds them.</summary>
public static class FolderDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Each edge between two folders, with one example of a type that makes it.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Of(Assembly assembly, string root)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            if (Folder(type, root) is not { } from)
            {
                continue;
            }

            foreach (var used in UsedBy(type).SelectMany(Expand).Distinct())
            {
                if (Folder(used, root) is { } to && to != from)
                {
                    edges.TryAdd((from, to), $"{Outermost(type).FullName} uses {used.FullName}");
                }
            }
        }

        return edges;
    }

    /// <summary>The folders that reach each other through the edges: each cycle's folders, in name order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToHashSet());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        HashSet<string> Reachable(string start)
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>([start]);
            while (stack.TryPop(out var node))
            {
                foreach (var to in next.GetValueOrDefault(node) ?? [])
                {
                    if (seen.Add(to))
                    {
                        stack.Push(to);
                    }
                }
            }

            return seen;
        }

        var reach = nodes.ToDictionary(n => n, Reachable);
        return nodes.Where(n => reach[n].Contains(n))
            .GroupBy(n => string.Join(",", nodes.Where(m => reach[n].Contains(m) && reach[m].Contains(n))))
            .Select(g => (IReadOnlyList<string>)g.Key.Split(','))
            .ToList();
    }

    private static string? Folder(Type type, string root)
    {
        var ns = Outermost(type).Namespace;
        return ns is not null && ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>A type with its element type and generic arguments, at any depth.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsConstructedGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> UsedBy(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var t in type.GetInterfaces())
        {
            yield return t;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Declared))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            foreach (var t in Signature(method).Concat(Body(method)))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> Signature(MethodBase method)
    {
        if (method is MethodInfo info)
        {
            yield return info.ReturnType;
        }

        foreach (var parameter in method.GetParameters())
        {
            yield return parameter.ParameterType;
        }
    }

    /// <summary>The types that a method's IL names through its tokens (types, fields, methods).</summary>
    private static IEnumerable<Type> Body(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            var operandSize = opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
                _ => 4,
            };
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                foreach (var t in Resolve(method.Module, BitConverter.ToInt32(il, position), typeArguments, methodArguments))
                {
                    yield return t;
                }
            }

            position += operandSize;
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A member of a generic type that its context does not close: its declaring type is all that matters,
            // and another token of the same body names it.
            yield break;
        }

        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType!;
                foreach (var t in Signature(called).Concat(called.IsGenericMethod ? called.GetGenericArguments() : []))
                {
                    yield return t;
                }

                break;
        }
    }
}
