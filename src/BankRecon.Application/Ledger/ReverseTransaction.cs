using BankRecon.Domain.Common;
using BankRecon.Domain.Posting;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Ledger;

public sealed record ReverseTransactionCommand(long TransactionNo, string PostedBy, DateOnly? PostingDate = null);

/// <summary>Reverses a whole posted transaction with mirror entries (refused when entries are applied or reconciled).</summary>
public sealed class ReverseTransactionHandler(BankReconDbContext db, LedgerWriter writer, TimeProvider clock, ILogger<ReverseTransactionHandler> logger)
{
    public async Task<Result<long>> HandleAsync(ReverseTransactionCommand command, CancellationToken cancellationToken)
    {
        var result = await PostingRetry.RunAsync(db, async ct =>
        {
            var company = await db.CompanySettings.SingleOrDefaultAsync(ct);
            if (company is null) return Result<long>.Invalid("setup.missing", "The company is not set up.");
            var gl = await db.GlEntries.Where(e => e.TransactionNo == command.TransactionNo).OrderBy(e => e.EntryNo).ToListAsync(ct);
            if (gl.Count == 0) return Result<long>.NotFound("reversal.not-found", $"There is no transaction {command.TransactionNo}.").WithArgs(command.TransactionNo);
            var customers = await db.CustomerLedgerEntries.Where(e => e.TransactionNo == command.TransactionNo).ToListAsync(ct);
            var vendors = await db.VendorLedgerEntries.Where(e => e.TransactionNo == command.TransactionNo).ToListAsync(ct);
            var bank = await db.BankAccountLedgerEntries.Where(e => e.TransactionNo == command.TransactionNo).ToListAsync(ct);
            var reversal = Reversal.Build(gl, [.. customers, .. vendors], bank, command.PostingDate ?? company.Today(clock), company.LocalCurrencyCode);
            if (!reversal.Succeeded) return Result<long>.Failure(reversal);
            return Result.Success(await writer.WriteAsync(reversal.Value, command.PostedBy, ct));
        }, cancellationToken);
        if (result.Succeeded) logger.LogInformation("Reversed transaction {TransactionNo} with transaction {ReversalNo}", command.TransactionNo, result.Value);
        return result;
    }
}
