namespace ShelfScout.DemoRetailer;

/// <summary>One generated customer review (rating 1-5).</summary>
public sealed record DemoReview(string Author, int Rating, string Title, string Body, DateOnly Date);
