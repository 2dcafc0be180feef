#include "shared/media/swatch.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace hw {
namespace {

constexpr std::array<std::string_view, static_cast<std::size_t>(SwatchPattern::Count)> kNames = {
    "stripes", "checks", "dots", "bands", "weave", "zigzag", "beads", "speckle"};

struct Random {  // xorshift32: the same picture from the same seed on every machine
  std::uint32_t state;
  explicit Random(std::uint32_t seed) : state(seed * 2654435761u + 0x9e3779b9u) {
    if (state == 0) state = 1;
  }
  std::uint32_t Next() {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint32_t>(n)); }
};

Rgb Shade(Rgb c, int percent) {  // percent > 100 lightens towards white, < 100 darkens
  Rgb out{};
  for (std::size_t i = 0; i < 3; ++i) {
    const int v = c[i];
    const int shaded = percent <= 100 ? v * percent / 100 : v + (255 - v) * (percent - 100) / 100;
    out[i] = static_cast<std::uint8_t>(std::clamp(shaded, 0, 255));
  }
  return out;
}

Rgb Mix(Rgb a, Rgb b) {
  return {static_cast<std::uint8_t>((a[0] + b[0]) / 2), static_cast<std::uint8_t>((a[1] + b[1]) / 2),
          static_cast<std::uint8_t>((a[2] + b[2]) / 2)};
}

class Canvas {
 public:
  Canvas(int size, Rgb ground) : size_(size), pixels_(static_cast<std::size_t>(size * size) * 3) {
    for (int y = 0; y < size; ++y)
      for (int x = 0; x < size; ++x) Set(x, y, ground);
  }
  int Size() const { return size_; }
  void Set(int x, int y, Rgb c) {
    if (x < 0 || y < 0 || x >= size_ || y >= size_) return;
    const std::size_t at =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(size_) + static_cast<std::size_t>(x)) * 3;
    pixels_[at] = c[0];
    pixels_[at + 1] = c[1];
    pixels_[at + 2] = c[2];
  }
  void Disc(double cx, double cy, double r, Rgb c) {
    for (int y = static_cast<int>(cy - r); y <= static_cast<int>(cy + r) + 1; ++y)
      for (int x = static_cast<int>(cx - r); x <= static_cast<int>(cx + r) + 1; ++x) {
        const double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
        if (dx * dx + dy * dy <= r * r) Set(x, y, c);
      }
  }
  // A bead: a disc lit from the top left.
  void Bead(double cx, double cy, double r, Rgb c) {
    for (int y = static_cast<int>(cy - r); y <= static_cast<int>(cy + r) + 1; ++y)
      for (int x = static_cast<int>(cx - r); x <= static_cast<int>(cx + r) + 1; ++x) {
        const double dx = x + 0.5 - cx, dy = y + 0.5 - cy;
        const double d2 = dx * dx + dy * dy;
        if (d2 > r * r) continue;
        const double light = -(dx + dy) / (r * 1.41421356);  // -1..1, brightest to the top left
        Set(x, y, Shade(c, static_cast<int>(85 + 30 * light + (d2 < r * r * 0.05 ? 40 : 0))));
      }
  }
  // A 3x3 box blur (the edges repeated): hard edges cost JPEG many bytes and look jagged
  // when scaled. In two passes, rows then columns: the same sums for a third of the reads.
  void Soften() {
    const auto n = static_cast<std::size_t>(size_);
    const auto at = [n](std::size_t x, std::size_t y) { return (y * n + x) * 3; };
    std::vector<std::uint16_t> rows(pixels_.size());
    for (std::size_t y = 0; y < n; ++y)
      for (std::size_t x = 0; x < n; ++x) {
        const std::size_t left = at(x > 0 ? x - 1 : 0, y), here = at(x, y), right = at(x + 1 < n ? x + 1 : x, y);
        for (std::size_t ch = 0; ch < 3; ++ch)
          rows[here + ch] = static_cast<std::uint16_t>(pixels_[left + ch] + pixels_[here + ch] + pixels_[right + ch]);
      }
    for (std::size_t y = 0; y < n; ++y)
      for (std::size_t x = 0; x < n; ++x) {
        const std::size_t up = at(x, y > 0 ? y - 1 : 0), here = at(x, y), down = at(x, y + 1 < n ? y + 1 : y);
        for (std::size_t ch = 0; ch < 3; ++ch)
          pixels_[here + ch] = static_cast<std::uint8_t>((rows[up + ch] + rows[here + ch] + rows[down + ch]) / 9);
      }
  }
  std::vector<std::uint8_t> Take() { return std::move(pixels_); }

 private:
  int size_;
  std::vector<std::uint8_t> pixels_;
};

Rgb Pick(const std::vector<Rgb>& colours, std::size_t i) { return colours[i % colours.size()]; }

// Warp stripes of uneven widths, crossed by a finer weft: handloom cloth.
void DrawStripes(Canvas& c, const Swatch& s, Random& random) {
  std::vector<std::pair<int, Rgb>> stripes;
  for (int x = 0; x < c.Size();) {
    const int width = 6 + random.Below(28);
    stripes.push_back(
        {x + width, Pick(s.colours, stripes.size() % 2 == 0 ? 0 : 1 + stripes.size() / 2 % (s.colours.size() - 1))});
    x += width;
  }
  for (int y = 0; y < c.Size(); ++y) {
    std::size_t k = 0;
    for (int x = 0; x < c.Size(); ++x) {
      while (stripes[k].first <= x) ++k;
      c.Set(x, y, y % 6 < 4 ? stripes[k].second : Shade(stripes[k].second, 88));  // weft picks
    }
  }
}

// Gingham: bands both ways; where two bands cross the colours mix.
void DrawChecks(Canvas& c, const Swatch& s, Random& random) {
  const int period = 24 + 8 * random.Below(4);
  for (int y = 0; y < c.Size(); ++y)
    for (int x = 0; x < c.Size(); ++x) {
      const bool across = (x % period) < period / 2, down = (y % period) < period / 2;
      const Rgb band =
          Pick(s.colours, 1 + static_cast<std::size_t>((x / period + y / period) % 2) % (s.colours.size() - 1));
      Rgb colour = across && down ? band : across || down ? Mix(s.colours[0], band) : s.colours[0];
      c.Set(x, y, colour);
    }
}

// Embroidery: rows of flowers (a ring of petals around a centre) on plain ground.
void DrawDots(Canvas& c, const Swatch& s, Random& random) {
  const int step = 40 + 8 * random.Below(3);
  for (int row = -1; row * step < c.Size() + step; ++row)
    for (int col = -1; col * step < c.Size() + step; ++col) {
      const double cx = col * step + (row % 2 ? step / 2.0 : 0), cy = row * step + step / 2.0;
      const Rgb petal = Pick(s.colours, 1 + static_cast<std::size_t>(row + col + 2) % (s.colours.size() - 1));
      for (int p = 0; p < 6; ++p) {
        const double a = p * 3.14159265 / 3;
        c.Disc(cx + std::cos(a) * step * 0.22, cy + std::sin(a) * step * 0.22, step * 0.11, petal);
      }
      c.Disc(cx, cy, step * 0.09, Pick(s.colours, 2));
      c.Disc(cx + step / 2.0, cy + step / 2.0, 2.5, Shade(petal, 80));  // seed stitch between
    }
}

// A pot's painted bands: wide bands of clay colours with wavy lines between them.
void DrawBands(Canvas& c, const Swatch& s, Random& random) {
  const double wave = 4 + random.Below(5);
  const double period = 30 + random.Below(30);
  for (int x = 0; x < c.Size(); ++x) {
    const double offset = wave * std::sin(x * 6.2831853 / period);
    for (int y = 0; y < c.Size(); ++y) {
      const double v = y + offset;
      const int band = static_cast<int>(v / 48 + 8);
      const double inBand = std::fmod(v + 480, 48);
      Rgb colour = Pick(s.colours, static_cast<std::size_t>(band) % 2 ? 0 : 1);
      if (inBand < 5) colour = Pick(s.colours, 2);
      // The round of the pot: darker towards the sides.
      const double edge = std::abs(x - c.Size() / 2.0) / (c.Size() / 2.0);
      c.Set(x, y, Shade(colour, static_cast<int>(112 - 30 * edge * edge)));
    }
  }
}

// Basket weave: square blocks of strips, alternately across and down.
void DrawWeave(Canvas& c, const Swatch& s, Random& random) {
  const int block = 32;
  const int strips = 3 + random.Below(2);
  const int strip = block / strips;
  for (int y = 0; y < c.Size(); ++y)
    for (int x = 0; x < c.Size(); ++x) {
      const bool across = ((x / block) + (y / block)) % 2 == 0;
      const int along = across ? x % block : y % block;             // position along the strip
      const int within = (across ? y % block : x % block) % strip;  // across the strip
      Rgb colour = Pick(s.colours, across ? 0 : 1);
      int light = 100 + 14 - std::abs(within * 2 - strip) * 28 / strip;  // rounded strip
      if (within == 0) light = 60;                                       // gap between strips
      if (along < 2 || along >= block - 2) light -= 20;                  // goes under the next block
      c.Set(x, y, Shade(colour, light));
    }
}

// Ikat and dhaka chevrons: bands that zigzag, with the soft edges of tied-and-dyed yarn.
void DrawZigzag(Canvas& c, const Swatch& s, Random& random) {
  const int period = 32 + 16 * random.Below(3);
  const int height = 20 + random.Below(10);
  int jitter = 0;
  for (int y = 0; y < c.Size(); ++y) {
    if (y % 6 == 0) jitter = static_cast<int>(random.Next() % 5) - 2;  // each few weft picks shift a little
    for (int x = 0; x < c.Size(); ++x) {
      const int tooth = std::abs((x + jitter + 1000 * period) % period - period / 2);
      const int band = (y + tooth + 1000 * height) / height;
      c.Set(x, y, Pick(s.colours, static_cast<std::size_t>(band) % s.colours.size()));
    }
  }
}

// Strands of beads across a plain ground.
void DrawBeads(Canvas& c, const Swatch& s, Random& random) {
  const double r = 9 + random.Below(5);
  const Rgb ground = Shade(s.colours[0], 35);
  for (int y = 0; y < c.Size(); ++y)
    for (int x = 0; x < c.Size(); ++x) c.Set(x, y, ground);
  int strand = 0;
  for (double cy = r * 1.3; cy < c.Size() + r; cy += r * 2.6, ++strand) {
    const double sag = 6 + random.Below(8);
    for (double cx = r; cx < c.Size() + r; cx += r * 2.05) {
      const double y = cy + sag * std::sin(cx * 3.14159265 / c.Size());
      const std::size_t k = static_cast<std::size_t>(strand + static_cast<int>(cx / (r * 2.05)));
      c.Bead(cx, y, r, Pick(s.colours, k % s.colours.size() == 0 && s.colours.size() > 1 ? 1 : k));
    }
  }
}

// Food: grains, seeds and flakes scattered on their colour.
void DrawSpeckle(Canvas& c, const Swatch& s, Random& random) {
  for (int n = 0; n < 160; ++n) {
    const double x = random.Below(c.Size()), y = random.Below(c.Size());
    const double r = 3 + random.Below(6);
    c.Disc(x, y, r, Pick(s.colours, 1 + static_cast<std::size_t>(n) % (s.colours.size() - 1)));
    c.Disc(x - r / 3, y - r / 3, r / 3,
           Shade(Pick(s.colours, 1 + static_cast<std::size_t>(n) % (s.colours.size() - 1)), 125));
  }
}

}  // namespace

std::string_view PatternName(SwatchPattern pattern) {
  const auto i = static_cast<std::size_t>(pattern);
  return i < kNames.size() ? kNames[i] : std::string_view{};
}

std::optional<SwatchPattern> PatternFromName(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<SwatchPattern>(i);
  return std::nullopt;
}

std::optional<Rgb> ParseColour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  Rgb out{};
  for (std::size_t i = 0; i < 3; ++i) {
    int value = 0;
    for (char ch : text.substr(1 + 2 * i, 2)) {
      int digit = -1;
      if (ch >= '0' && ch <= '9') digit = ch - '0';
      else if (ch >= 'a' && ch <= 'f') digit = ch - 'a' + 10;
      else if (ch >= 'A' && ch <= 'F') digit = ch - 'A' + 10;
      if (digit < 0) return std::nullopt;
      value = value * 16 + digit;
    }
    out[i] = static_cast<std::uint8_t>(value);
  }
  return out;
}

std::vector<std::uint8_t> DrawSwatch(const Swatch& swatch, int size) {
  Swatch s = swatch;
  if (s.colours.empty()) s.colours.push_back({200, 200, 200});
  if (s.colours.size() < 2) s.colours.push_back(Shade(s.colours[0], 60));
  if (s.colours.size() < 3) s.colours.push_back(Shade(s.colours[1], 140));
  Canvas canvas(std::max(size, 1), s.colours[0]);
  Random random(s.seed);
  switch (s.pattern) {
    case SwatchPattern::Stripes: DrawStripes(canvas, s, random); break;
    case SwatchPattern::Checks: DrawChecks(canvas, s, random); break;
    case SwatchPattern::Dots: DrawDots(canvas, s, random); break;
    case SwatchPattern::Bands: DrawBands(canvas, s, random); break;
    case SwatchPattern::Weave: DrawWeave(canvas, s, random); break;
    case SwatchPattern::Zigzag: DrawZigzag(canvas, s, random); break;
    case SwatchPattern::Beads: DrawBeads(canvas, s, random); break;
    case SwatchPattern::Speckle: DrawSpeckle(canvas, s, random); break;
    case SwatchPattern::Count: break;
  }
  canvas.Soften();
  return canvas.Take();
}

}  // namespace hw
