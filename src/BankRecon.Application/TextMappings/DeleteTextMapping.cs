using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.TextMappings;

/// <summary>Removes a mapping: later "Apply automatically" runs no longer use it (lines it applied keep their application).</summary>
public sealed class DeleteTextMappingHandler(BankReconDbContext db)
{
    public async Task<Result> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await db.TextToAccountMappings.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? Result.NotFound("mapping.not-found", "The mapping does not exist.") : Result.Success();
    }
}
