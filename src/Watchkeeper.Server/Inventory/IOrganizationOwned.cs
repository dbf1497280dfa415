namespace Watchkeeper.Server.Inventory;

/// <summary>An inventory row that belongs to exactly one organization and is found by its id within it.</summary>
public interface IOrganizationOwned
{
    long Id { get; }

    long OrganizationId { get; }
}
