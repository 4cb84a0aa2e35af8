namespace ShelfScout.Domain.Alerts;

/// <summary>A webhook alerts are delivered to, with its optional HMAC secret and the rules of what it wants.</summary>
public sealed record NotificationTarget(Uri Url, string? Secret, NotificationRules Rules);
