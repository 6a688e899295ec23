using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence;

public sealed class BankReconDbContext(DbContextOptions<BankReconDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BankReconDbContext).Assembly);
}
