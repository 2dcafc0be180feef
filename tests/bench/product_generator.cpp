#include "tests/bench/product_generator.hpp"

#include <array>
#include <string_view>

namespace hw::bench {
namespace {

// SplitMix64: small, fast and the same on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  template <class T, std::size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[Below(N)];
  }

 private:
  std::uint64_t state_;
};

struct Country {
  std::string_view code;
  std::string_view currency;
  std::string_view language;
};
constexpr std::array<Country, 12> kCountries = {{
    {"IN", "INR", "hi"},
    {"NP", "NPR", "ne"},
    {"PK", "PKR", "ur"},
    {"BD", "BDT", "bn"},
    {"LK", "LKR", "en"},
    {"TH", "THB", "th"},
    {"ID", "IDR", "id"},
    {"PH", "PHP", "fil"},
    {"KH", "KHR", "km"},
    {"LA", "LAK", "lo"},
    {"VN", "VND", "vi"},
    {"MY", "MYR", "ms"},
}};

constexpr std::array<std::string_view, 24> kNouns = {
    "quilt", "scarf", "basket",      "bag",     "cushion cover", "shawl",  "sari",         "table runner",
    "mat",   "pouch", "stole",       "lamp",    "bowl",          "tray",   "wall hanging", "bedspread",
    "tote",  "purse", "coaster set", "blanket", "kurta",         "sarong", "hat",          "doll"};
constexpr std::array<std::string_view, 24> kAdjectives = {
    "Kāntha",   "hand-woven",  "embroidered", "block-printed", "indigo",   "silk",       "cotton",  "jute",
    "bamboo",   "rattan",      "Ikat",        "Batik",         "Phulkari", "Chikankari", "Songket", "Mudmee",
    "recycled", "natural-dye", "Khadi",       "Pashmina",      "Thêu tay", "Lụa",        "Dhaka",   "Jamdani"};
constexpr std::array<std::string_view, 12> kColours = {"red",    "blue",    "ochre", "green", "black", "white",
                                                       "maroon", "saffron", "teal",  "cream", "rose",  "grey"};
constexpr std::array<std::string_view, 10> kCategories = {"textiles", "baskets",   "bags",    "home", "clothing",
                                                          "toys",     "jewellery", "pottery", "food", "paper"};
constexpr std::array<std::string_view, 10> kMaterials = {"cotton", "silk",  "jute", "bamboo",    "rattan",
                                                         "wool",   "linen", "clay", "palm leaf", "recycled sari"};
constexpr std::array<std::string_view, 12> kLocalNames = {
    "कांथा रजाई", "हाथ से बुना थैला", "ผ้าไหมมัดหมี่",     "ตะกร้าหวาย",   "কাঁথা",  "নকশী কাঁথা",
    "ក្រមា",      "ຜ້າໄໝ",          "Khăn lụa thêu", "Tas anyaman", "Banig", "Kain songket"};
constexpr std::array<std::string_view, 40> kDescriptionWords = {
    "made",   "by",   "women",  "in",    "our",   "village", "with",   "hand",    "stitched",    "layers",
    "of",     "old",  "saris",  "each",  "piece", "is",      "unique", "natural", "dyes",        "washed",
    "gently", "soft", "strong", "woven", "on",    "a",       "pit",    "loom",    "traditional", "pattern",
    "from",   "the",  "region", "fair",  "wages", "small",   "batch",  "ordered", "weeks",       "ahead"};

std::string Hex(std::uint64_t a, std::uint64_t b) {
  std::array<std::uint8_t, 16> bytes{};
  for (int i = 0; i < 8; ++i) {
    bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(a >> (8 * i));
    bytes[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(b >> (8 * i));
  }
  return NewId(bytes);
}

}  // namespace

AppData GenerateCatalogue(std::size_t productCount, std::uint64_t seed) {
  Random random(seed);
  AppData data;
  const std::size_t groupCount = std::max<std::size_t>(5, productCount / 100);
  for (std::size_t g = 0; g < groupCount; ++g) {
    const Country& country = kCountries[g % kCountries.size()];
    ArtisanGroup group;
    group.id = Hex(random.Next(), random.Next());
    group.name = "Group " + std::to_string(g) + " " + std::string(random.Pick(kAdjectives)) + " makers";
    group.country = std::string(country.code);
    group.region = "Region " + std::to_string(g % 37);
    group.languages = {std::string(country.language), "en"};
    group.story.Set("en", "We are " + std::to_string(10 + random.Below(200)) + " women who work from home.");
    group.contacts.phone = "+00 " + std::to_string(100000000 + random.Below(899999999));
    data.groups.push_back(std::move(group));
  }
  data.products.reserve(productCount);
  for (std::size_t i = 0; i < productCount; ++i) {
    const std::size_t g = random.Below(groupCount);
    const Country& country = kCountries[g % kCountries.size()];
    Product p;
    p.id = Hex(random.Next(), random.Next());
    p.groupId = data.groups[g].id;
    p.sku = "SKU-" + std::to_string(i);
    const std::string noun(random.Pick(kNouns));
    const std::string adjective(random.Pick(kAdjectives));
    const std::string colour(random.Pick(kColours));
    p.name.Set("en", adjective + " " + colour + " " + noun);
    if (random.Below(3) == 0) p.name.Set(std::string(country.language), std::string(random.Pick(kLocalNames)));
    std::string description;
    const std::size_t words = 12 + random.Below(14);
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0) description += ' ';
      description += random.Pick(kDescriptionWords);
    }
    description += " design " + std::to_string(random.Below(5000));  // some rarer words
    p.description.Set("en", description);
    p.category = std::string(random.Pick(kCategories));
    p.materials = {std::string(random.Pick(kMaterials))};
    p.tags = {std::string(random.Pick(kMaterials)), colour, std::string(random.Pick(kCategories))};
    p.priceOnRequest = random.Below(20) == 0;
    p.price = {static_cast<std::int64_t>(5000 + random.Below(2'000'000)), std::string(country.currency)};
    p.unit = "piece";
    p.minOrder = static_cast<std::uint32_t>(1 + random.Below(50));
    if (random.Below(3) == 0) {
      p.availability = Availability::InStock;
      p.stockOnHand = static_cast<std::int64_t>(random.Below(200));
    } else {
      p.leadTimeDays = static_cast<std::uint32_t>(7 + random.Below(60));
    }
    if (random.Below(5) == 0) {
      for (std::size_t v = 0; v < 3; ++v) {
        Variant variant;
        variant.id = Hex(random.Next(), random.Next());
        variant.sku = p.sku + "-" + std::to_string(v);
        variant.label.Set("en", std::string(kColours[v]));
        variant.stock = static_cast<std::int64_t>(random.Below(50));
        p.variants.push_back(std::move(variant));
      }
    }
    p.updatedAt = 1'700'000'000 + static_cast<Timestamp>(random.Below(50'000'000));
    data.products.push_back(std::move(p));
  }
  return data;
}

}  // namespace hw::bench
