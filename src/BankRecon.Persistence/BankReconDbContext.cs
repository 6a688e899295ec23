using BankRecon.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence;

public sealed class BankReconDbContext(DbContextOptions<BankReconDbContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BankReconDbContext).Assembly);
}
