namespace BankRecon.Domain.Common;

/// <summary>
/// Base for everything with an identity. Ids are time-ordered GUIDs created by the application (no identity columns),
/// so migrations need no provider-specific key annotations.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

/// <summary>
/// An entity two users can edit at once: <see cref="Version"/> is an application-managed concurrency token (SQLite has
/// no database-generated row versions), bumped by every change.
/// </summary>
public abstract class VersionedEntity : Entity
{
    public int Version { get; protected set; }

    protected void Touch() => Version++;
}
