// Photos as phones take them: turned upright by their EXIF orientation, and refused
// before decoding when they would take more memory than a phone can spare.
#include <doctest/doctest.h>
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <array>
#include <cstdint>
#include <vector>

#include "shared/media/photo.hpp"

using namespace hw;

TEST_SUITE_BEGIN("media");

namespace {

using Colour = std::array<int, 3>;
constexpr Colour kRed{230, 20, 20}, kGreen{20, 200, 20}, kBlue{20, 20, 230}, kWhite{250, 250, 250};

void Append(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}

// A picture in four quarters, red and green above, blue and white below, as a JPEG
// (or PNG) the way a camera stores it: these pixels, and an orientation tag.
std::vector<std::uint8_t> Quarters(int width, int height) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height * 3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const Colour& c = y < height / 2 ? (x < width / 2 ? kRed : kGreen) : (x < width / 2 ? kBlue : kWhite);
      for (int i = 0; i < 3; ++i)
        pixels[(static_cast<std::size_t>(y) * width + x) * 3 + i] = static_cast<std::uint8_t>(c[i]);
    }
  return pixels;
}

std::vector<std::uint8_t> Jpeg(int width, int height) {
  std::vector<std::uint8_t> out;
  stbi_write_jpg_to_func(Append, &out, width, height, 3, Quarters(width, height).data(), 90);
  return out;
}

// An APP1 segment after the start marker, as phones write it (big- or little-endian
// TIFF), holding only the orientation tag.
std::vector<std::uint8_t> WithOrientation(std::vector<std::uint8_t> jpeg, int orientation, bool littleEndian = false) {
  std::vector<std::uint8_t> app1 = {0xFF, 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0, 0};
  const std::vector<std::uint8_t> tiffBig = {'M',  'M',  0, 42, 0, 0, 0, 8, 0, 1,
                                             0x01, 0x12, 0, 3,  0, 0, 0, 1, 0, static_cast<std::uint8_t>(orientation),
                                             0,    0,    0, 0,  0, 0};
  const std::vector<std::uint8_t> tiffLittle = {
      'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, static_cast<std::uint8_t>(orientation),
      0,   0,   0,  0, 0, 0, 0};
  const std::vector<std::uint8_t>& tiff = littleEndian ? tiffLittle : tiffBig;
  app1.insert(app1.end(), tiff.begin(), tiff.end());
  app1[3] = static_cast<std::uint8_t>(app1.size() - 2);
  jpeg.insert(jpeg.begin() + 2, app1.begin(), app1.end());
  return jpeg;
}

struct Decoded {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;
  // The colour near a corner (a tenth in from each side): 0 top left, 1 top right,
  // 2 bottom left, 3 bottom right.
  Colour Corner(int corner) const {
    const int x = corner % 2 ? width - 1 - width / 10 : width / 10;
    const int y = corner / 2 ? height - 1 - height / 10 : height / 10;
    const std::uint8_t* p = &rgb[(static_cast<std::size_t>(y) * width + x) * 3];
    return {p[0], p[1], p[2]};
  }
};

Decoded Decode(const Photo& photo) {
  Decoded out;
  int channels = 0;
  stbi_uc* pixels = stbi_load_from_memory(photo.bytes.data(), static_cast<int>(photo.bytes.size()), &out.width,
                                          &out.height, &channels, 3);
  REQUIRE(pixels);
  out.rgb.assign(pixels, pixels + static_cast<std::size_t>(out.width) * out.height * 3);
  stbi_image_free(pixels);
  return out;
}

bool Near(const Colour& a, const Colour& b) {
  for (int i = 0; i < 3; ++i)
    if (a[i] - b[i] > 40 || b[i] - a[i] > 40) return false;
  return true;
}

}  // namespace

TEST_CASE("a camera photo is turned upright by each of the eight EXIF orientations") {
  // What a person sees in each corner (top left, top right, bottom left, bottom right)
  // of the stored quarters red green / blue white, as the EXIF standard draws them.
  struct Case {
    int orientation;
    Colour corners[4];
    bool portrait;
  };
  const Case cases[] = {
      {1, {kRed, kGreen, kBlue, kWhite}, false},  // as stored
      {2, {kGreen, kRed, kWhite, kBlue}, false},  // mirrored left to right
      {3, {kWhite, kBlue, kGreen, kRed}, false},  // upside down
      {4, {kBlue, kWhite, kRed, kGreen}, false},  // mirrored top to bottom
      {5, {kRed, kBlue, kGreen, kWhite}, true},   // mirrored along the diagonal
      {6, {kBlue, kRed, kWhite, kGreen}, true},   // the phone held upright: turned right
      {7, {kWhite, kGreen, kBlue, kRed}, true},   // mirrored along the other diagonal
      {8, {kGreen, kWhite, kRed, kBlue}, true},   // the phone held the other way: turned left
  };
  const std::vector<std::uint8_t> stored = Jpeg(1600, 1200);
  for (const Case& c : cases) {
    for (const bool little : {false, true}) {
      CAPTURE(c.orientation);
      CAPTURE(little);
      const std::vector<std::uint8_t> tagged = WithOrientation(stored, c.orientation, little);
      CHECK(ExifOrientation(tagged) == c.orientation);
      const Result<Photo> photo = PreparePhoto(tagged);
      REQUIRE(photo.ok());
      CHECK(photo.value().width == (c.portrait ? 600u : 800u));
      CHECK(photo.value().height == (c.portrait ? 800u : 600u));
      const Decoded upright = Decode(photo.value());
      CHECK(upright.width == static_cast<int>(photo.value().width));
      CHECK(upright.height == static_cast<int>(photo.value().height));
      for (int corner = 0; corner < 4; ++corner) {
        CAPTURE(corner);
        CHECK(Near(upright.Corner(corner), c.corners[corner]));
      }
      // The kept photo carries no tag: it is upright as it is.
      CHECK(ExifOrientation(photo.value().bytes) == 1);
    }
  }
}

TEST_CASE("a portrait camera photo of 1600 by 1200 with orientation 6 is kept as 600 by 800") {
  const Result<Photo> photo = PreparePhoto(WithOrientation(Jpeg(1600, 1200), 6));
  REQUIRE(photo.ok());
  CHECK(photo.value().width == 600);
  CHECK(photo.value().height == 800);
}

TEST_CASE("a profile photo is the middle square of the upright picture") {
  // Stored 1200 × 600: its middle square holds the four quarters; the photo turned
  // right (orientation 6) shows them turned too.
  const Result<Photo> avatar = PrepareAvatar(WithOrientation(Jpeg(1200, 600), 6));
  REQUIRE(avatar.ok());
  CHECK(avatar.value().width == kAvatarSide);
  CHECK(avatar.value().height == kAvatarSide);
  const Decoded face = Decode(avatar.value());
  CHECK(Near(face.Corner(0), kBlue));
  CHECK(Near(face.Corner(1), kRed));
  CHECK(Near(face.Corner(2), kWhite));
  CHECK(Near(face.Corner(3), kGreen));
}

TEST_CASE("an orientation tag that is broken or missing leaves the photo as stored") {
  std::vector<std::uint8_t> jpeg = Jpeg(64, 48);
  CHECK(ExifOrientation(jpeg) == 1);
  CHECK(ExifOrientation(WithOrientation(jpeg, 9)) == 1);  // no such orientation
  std::vector<std::uint8_t> cut = WithOrientation(jpeg, 6);
  cut[3] = 0xF0;  // a segment longer than the file
  CHECK(ExifOrientation(cut) == 1);
  cut.resize(20);
  CHECK(ExifOrientation(cut) == 1);
  CHECK(ExifOrientation({}) == 1);
}

namespace {

// A PNG of `side` × `side` black pixels: zlib squeezes its rows about a thousand to
// one, so the file is small and its pixels many.
std::vector<std::uint8_t> HugeBlackPng(int side) {
  std::vector<std::uint8_t> out;
  const std::vector<std::uint8_t> black(static_cast<std::size_t>(side) * side, 0);
  stbi_write_png_to_func(Append, &out, side, side, 1, black.data(), side);
  return out;
}

}  // namespace

TEST_CASE("a picture with too many pixels is refused from its header, before it is decoded") {
  const std::vector<std::uint8_t> png = HugeBlackPng(12000);
  REQUIRE(png.size() < 2u * 1024 * 1024);  // a small file...
  const Result<PhotoHeader> header = ReadPhotoHeader(png);
  REQUIRE(header.ok());
  CHECK(header.value().width == 12000);
  CHECK(header.value().decodeBytes > kPhotoMemoryBudget);  // ...that would need more than 400 MB
  const Result<Photo> photo = PreparePhoto(png);
  REQUIRE_FALSE(photo.ok());
  CHECK(photo.error().message == Msg::ErrPhotoTooManyPixels);
  CHECK(photo.error().detail == "12000 × 12000");
  CHECK_FALSE(PrepareAvatar(png).ok());
}

TEST_CASE("a 13-megapixel camera photo fits the memory budget, a 50-megapixel one does not") {
  // Headers only: a JPEG frame header of the size phones write, colour at half size
  // each way (4:2:0), as cameras store it.
  const auto header = [](int width, int height, std::uint8_t frame) {
    std::vector<std::uint8_t> jpeg = Jpeg(16, 16);
    for (std::size_t i = 2; i + 9 < jpeg.size(); ++i)
      if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC0) {
        jpeg[i + 1] = frame;
        jpeg[i + 5] = static_cast<std::uint8_t>(height >> 8), jpeg[i + 6] = static_cast<std::uint8_t>(height);
        jpeg[i + 7] = static_cast<std::uint8_t>(width >> 8), jpeg[i + 8] = static_cast<std::uint8_t>(width);
        jpeg[i + 11] = 0x22;  // luma at full size, the two colours at half
        break;
      }
    return ReadPhotoHeader(jpeg);
  };
  const auto fits = [](const Result<PhotoHeader>& h) {
    return h.value().decodeBytes + 6 * 1024 * 1024 <= kPhotoMemoryBudget;
  };
  const Result<PhotoHeader> thirteen = header(4160, 3120, 0xC0);
  REQUIRE(thirteen.ok());
  CHECK(thirteen.value().width == 4160);
  CHECK(fits(thirteen));  // with a 6 MB file
  const Result<PhotoHeader> fifty = header(8160, 6120, 0xC0);
  REQUIRE(fifty.ok());
  CHECK_FALSE(fits(fifty));
  // A progressive JPEG keeps its coefficients too: it needs more.
  CHECK(header(4160, 3120, 0xC2).value().decodeBytes > thirteen.value().decodeBytes);
}

TEST_CASE("a pack's photo is shown only when it is a JPEG or PNG of a pack's size that decodes") {
  Photo good;
  good.mime = "image/jpeg";
  good.bytes = Jpeg(800, 600);
  CHECK_FALSE(CheckPackPhoto(good).has_value());

  Photo webp = good;
  webp.mime = "image/webp";
  REQUIRE(CheckPackPhoto(webp).has_value());
  CHECK(CheckPackPhoto(webp)->message == Msg::ErrPhotoTypeUnsupported);

  Photo big = good;
  big.bytes = Jpeg(kPackPhotoMaxSide + 1, 100);
  REQUIRE(CheckPackPhoto(big).has_value());
  CHECK(CheckPackPhoto(big)->message == Msg::ErrPhotoTooManyPixels);

  Photo cut = good;
  cut.bytes.resize(cut.bytes.size() / 3);  // the header is whole, the picture is not
  REQUIRE(CheckPackPhoto(cut).has_value());
  CHECK(CheckPackPhoto(cut)->message == Msg::ErrPhotoInvalid);

  Photo noise = good;
  noise.bytes = {1, 2, 3, 4};
  REQUIRE(CheckPackPhoto(noise).has_value());
  CHECK(CheckPackPhoto(noise)->message == Msg::ErrPhotoInvalid);
}

TEST_SUITE_END();
