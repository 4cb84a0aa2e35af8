namespace ShelfScout.DemoRetailer.Generation;

/// <summary>Candidate names for the three-level wellness category tree; the seed picks a subset.</summary>
internal static class CategoryVocabulary
{
    public sealed record Top(string Name, IReadOnlyList<Mid> Children, IReadOnlyList<string> Sizes);

    public sealed record Mid(string Name, IReadOnlyList<string> Leaves);

    public static readonly IReadOnlyList<Top> Tops =
    [
        new("Vitamins & Supplements",
        [
            new("Vitamins", ["Vitamin C", "Vitamin D", "Multivitamins", "B Vitamins"]),
            new("Minerals", ["Magnesium", "Zinc", "Iron", "Calcium"]),
            new("Herbal Remedies", ["Echinacea", "Turmeric", "Ashwagandha", "Milk Thistle"]),
            new("Omega & Oils", ["Fish Oil", "Krill Oil", "Flaxseed Oil", "Evening Primrose Oil"]),
        ], ["60 Capsules", "120 Tablets", "90 Softgels", "30 Effervescent Tablets", "60 Gummies", "200ml"]),
        new("Sports Nutrition",
        [
            new("Protein", ["Whey Protein", "Plant Protein", "Protein Bars", "Casein Protein"]),
            new("Performance", ["Pre-Workout", "Creatine", "BCAAs", "Electrolytes"]),
            new("Weight Management", ["Meal Replacements", "Fibre Supplements", "Appetite Support", "Metabolism Support"]),
            new("Recovery", ["Glutamine", "Joint Support", "Muscle Rubs", "Recovery Drinks"]),
        ], ["500g", "1kg", "2kg", "12 x 60g", "30 Servings", "750g"]),
        new("Natural Beauty",
        [
            new("Skincare", ["Face Serums", "Moisturisers", "Cleansers", "Sun Care"]),
            new("Hair Care", ["Shampoo", "Conditioner", "Hair Oils", "Scalp Treatments"]),
            new("Body Care", ["Body Lotions", "Body Washes", "Deodorants", "Hand Creams"]),
            new("Beauty Supplements", ["Collagen", "Biotin", "Hyaluronic Acid", "Skin Vitamins"]),
        ], ["30ml", "50ml", "100ml", "250ml", "400ml", "75ml"]),
        new("Food & Drink",
        [
            new("Superfoods", ["Spirulina", "Chia Seeds", "Cacao", "Maca"]),
            new("Teas", ["Green Tea", "Herbal Tea", "Rooibos", "Matcha"]),
            new("Healthy Snacks", ["Nut Butters", "Snack Bars", "Dried Fruit", "Rice Cakes"]),
            new("Pantry", ["Coconut Oil", "Raw Honey", "Sweeteners", "Gluten-Free Flour"]),
        ], ["100g", "250g", "500g", "20 Tea Bags", "40 Tea Bags", "1kg"]),
        new("Mother & Baby",
        [
            new("Pregnancy", ["Prenatal Vitamins", "Folic Acid", "Stretch Mark Care", "Nausea Relief"]),
            new("Baby Care", ["Baby Lotions", "Nappy Creams", "Baby Washes", "Teething Gels"]),
            new("Kids Health", ["Kids Multivitamins", "Kids Omega", "Kids Probiotics", "Kids Immune Support"]),
            new("Feeding", ["Infant Formula", "Baby Snacks", "Feeding Bottles", "Breastfeeding Support"]),
        ], ["60 Capsules", "100ml", "200g", "30 Chewables", "500ml", "150ml"]),
    ];
}
