namespace BankRecon.Domain.Matching;

/// <summary>Which matching behaviour to run.</summary>
public enum RuleSet
{
    /// <summary>Our rules: Business Central's criteria plus structured references, combinations, better text and name matching.</summary>
    Default = 0,

    /// <summary>Business Central's "Apply Automatically" criteria and rule table only (the benchmark baseline).</summary>
    BusinessCentral = 1,
}
