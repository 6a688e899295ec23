using BankRecon.Domain.Users;

namespace BankRecon.Application.Users;

public sealed record DemoUser(string UserName, string DisplayName, UserRole Role);
