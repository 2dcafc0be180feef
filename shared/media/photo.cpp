#include "shared/media/photo.hpp"

#include <algorithm>
#include <string>
#include <vector>

// stb's decoder, resizer and writer, from Debian's libstb-dev (implemented once, in
// shared/media/stb_image.cpp).
#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

namespace hw {
namespace {

void AppendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  const auto* bytes = static_cast<const std::uint8_t*>(data);
  out->insert(out->end(), bytes, bytes + size);
}

int Big16(const std::uint8_t* p) { return (p[0] << 8) | p[1]; }
std::uint32_t Big32(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// The orientation tag (0x0112) of IFD0 in a TIFF block ("II*\0" or "MM\0*"), 1 when absent.
int TiffOrientation(std::span<const std::uint8_t> tiff) {
  if (tiff.size() < 8) return 1;
  const bool little = tiff[0] == 'I' && tiff[1] == 'I';
  if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) return 1;
  const auto u16 = [&](std::size_t at) -> int { return little ? tiff[at] | (tiff[at + 1] << 8) : Big16(&tiff[at]); };
  const auto u32 = [&](std::size_t at) -> std::uint32_t {
    return little ? (std::uint32_t{tiff[at]} | (std::uint32_t{tiff[at + 1]} << 8) |
                     (std::uint32_t{tiff[at + 2]} << 16) | (std::uint32_t{tiff[at + 3]} << 24))
                  : Big32(&tiff[at]);
  };
  const std::uint32_t ifd = u32(4);
  if (ifd > tiff.size() - 2) return 1;
  const int entries = u16(ifd);
  for (int i = 0; i < entries; ++i) {
    const std::size_t entry = ifd + 2 + static_cast<std::size_t>(i) * 12;
    if (entry + 12 > tiff.size()) return 1;
    if (u16(entry) != 0x0112) continue;
    if (u16(entry + 2) != 3) return 1;  // a SHORT, as the standard says
    const int value = u16(entry + 8);
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

// Walks a JPEG's segments up to its image data: the EXIF orientation, and what
// stb_image will allocate (each colour plane, and its coefficients when progressive).
struct JpegScan {
  int orientation = 1;
  std::int64_t planeBytes = 0;  // 0 when no frame header was found
};
JpegScan ScanJpeg(std::span<const std::uint8_t> bytes) {
  JpegScan scan;
  if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) return scan;
  std::size_t at = 2;
  while (at + 4 <= bytes.size()) {
    if (bytes[at] != 0xFF) return scan;
    const std::uint8_t marker = bytes[at + 1];
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0xDA || marker == 0xD9) return scan;  // image data: no more headers
    const std::size_t length = static_cast<std::size_t>(Big16(&bytes[at + 2]));
    if (length < 2 || at + 2 + length > bytes.size()) return scan;
    const std::span<const std::uint8_t> body = bytes.subspan(at + 4, length - 2);
    constexpr std::uint8_t kExif[] = {'E', 'x', 'i', 'f', 0, 0};
    if (marker == 0xE1 && body.size() > 6 && std::equal(kExif, kExif + 6, body.begin()))
      scan.orientation = TiffOrientation(body.subspan(6));
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame && body.size() >= 6) {
      const std::int64_t height = Big16(&body[1]), width = Big16(&body[3]);
      const std::size_t count = body[5];
      if (body.size() < 6 + count * 3) return scan;
      int maxH = 1, maxV = 1;
      for (std::size_t c = 0; c < count; ++c) {
        maxH = std::max(maxH, body[6 + c * 3 + 1] >> 4);
        maxV = std::max(maxV, body[6 + c * 3 + 1] & 15);
      }
      const bool progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
      for (std::size_t c = 0; c < count; ++c) {
        const int h = std::max(1, body[6 + c * 3 + 1] >> 4), v = std::max(1, body[6 + c * 3 + 1] & 15);
        const std::int64_t plane = (width * h / maxH + 8) * (height * v / maxV + 8);
        scan.planeBytes += plane * (progressive ? 3 : 1);  // coefficients are two bytes each
      }
    }
    at += 2 + length;
  }
  return scan;
}

// What stb_image allocates for a PNG at once: the inflated rows and the pixels, then
// the pixels converted to RGB.
std::int64_t PngDecodeBytes(std::span<const std::uint8_t> bytes, std::int64_t width, std::int64_t height) {
  if (bytes.size() < 26) return 0;
  const int depth = bytes[24], colour = bytes[25];
  const int channels = colour == 2 ? 3 : colour == 4 ? 2 : colour == 6 ? 4 : 1;
  const std::int64_t rows = height * (1 + (width * channels * depth + 7) / 8);
  const std::int64_t pixels = width * height * std::max(3, channels) * (depth == 16 ? 2 : 1);
  return rows + pixels + width * height * 3;
}

// Turns `rgb` (width × height) upright by an EXIF orientation; width and height follow.
std::vector<std::uint8_t> Orient(const std::vector<std::uint8_t>& rgb, int& width, int& height, int orientation) {
  if (orientation <= 1 || orientation > 8) return rgb;
  const int w = width, h = height;
  const bool turned = orientation >= 5;  // 5..8 swap the sides
  const int outW = turned ? h : w, outH = turned ? w : h;
  std::vector<std::uint8_t> out(rgb.size());
  for (int y = 0; y < outH; ++y) {
    for (int x = 0; x < outW; ++x) {
      int sx = x, sy = y;  // the stored pixel shown at (x, y)
      switch (orientation) {
        case 2: sx = w - 1 - x; break;                  // mirrored left to right
        case 3: sx = w - 1 - x, sy = h - 1 - y; break;  // upside down
        case 4: sy = h - 1 - y; break;                  // mirrored top to bottom
        case 5: sx = y, sy = x; break;                  // mirrored along the diagonal
        case 6: sx = y, sy = h - 1 - x; break;          // turned a quarter to the right
        case 7: sx = w - 1 - y, sy = h - 1 - x; break;  // mirrored along the other diagonal
        case 8: sx = w - 1 - y, sy = x; break;          // turned a quarter to the left
        default: break;
      }
      std::copy_n(&rgb[(static_cast<std::size_t>(sy) * w + sx) * 3], 3,
                  &out[(static_cast<std::size_t>(y) * outW + x) * 3]);
    }
  }
  width = outW;
  height = outH;
  return out;
}

struct Pixels {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;
};

// The picture decoded (within the budget), the part `square` asks for (the middle
// square, or all), scaled so its longest side is at most `maxSide`, then turned
// upright: the turn is made on the small picture, which gives the same pixels as
// turning first and needs no second full-size copy.
Result<Pixels> DecodeUpright(std::span<const std::uint8_t> bytes, int maxSide, bool square) {
  if (bytes.empty()) return Error{Msg::ErrFileEmpty};
  Result<PhotoHeader> header = ReadPhotoHeader(bytes);
  if (!header) return header.error();
  const PhotoHeader& head = header.value();
  if (static_cast<std::int64_t>(bytes.size()) + head.decodeBytes > kPhotoMemoryBudget)
    return Error{Msg::ErrPhotoTooManyPixels, std::to_string(head.width) + " × " + std::to_string(head.height)};
  int width = 0, height = 0, channels = 0;
  // Three channels: JPEG has no alpha, and transparent pixels become black, which
  // matters little for photos.
  stbi_uc* decoded = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &channels, 3);
  if (!decoded) return Error{Msg::ErrPhotoInvalid, stbi_failure_reason()};
  const int side = std::min(width, height);
  const int partW = square ? side : width, partH = square ? side : height;
  const std::size_t rowBytes = static_cast<std::size_t>(width) * 3;
  const stbi_uc* part = decoded + static_cast<std::size_t>((height - partH) / 2) * rowBytes +
                        static_cast<std::size_t>((width - partW) / 2) * 3;
  const int longest = std::max(partW, partH);
  Pixels out;
  out.width = partW, out.height = partH;
  if (longest > maxSide) {
    out.width = std::max(1, static_cast<int>(static_cast<long long>(partW) * maxSide / longest));
    out.height = std::max(1, static_cast<int>(static_cast<long long>(partH) * maxSide / longest));
  }
  out.rgb.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
  stbir_resize_uint8(part, partW, partH, static_cast<int>(rowBytes), out.rgb.data(), out.width, out.height, 0, 3);
  stbi_image_free(decoded);
  out.rgb = Orient(out.rgb, out.width, out.height, head.orientation);
  return out;
}

Result<Photo> EncodeJpeg(const Pixels& pixels) {
  Photo photo;
  photo.mime = "image/jpeg";
  photo.width = static_cast<std::uint32_t>(pixels.width);
  photo.height = static_cast<std::uint32_t>(pixels.height);
  if (!stbi_write_jpg_to_func(AppendBytes, &photo.bytes, pixels.width, pixels.height, 3, pixels.rgb.data(),
                              kPhotoJpegQuality))
    return Error{Msg::ErrPhotoInvalid};
  return photo;
}

}  // namespace

int ExifOrientation(std::span<const std::uint8_t> bytes) { return ScanJpeg(bytes).orientation; }

Result<PhotoHeader> ReadPhotoHeader(std::span<const std::uint8_t> bytes) {
  PhotoHeader header;
  int channels = 0;
  if (bytes.empty() || bytes.size() > static_cast<std::size_t>(INT32_MAX) ||
      !stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &header.width, &header.height, &channels))
    return Error{Msg::ErrPhotoInvalid};
  const std::int64_t w = header.width, h = header.height;
  if (bytes[0] == 0xFF) {  // JPEG
    const JpegScan scan = ScanJpeg(bytes);
    header.orientation = scan.orientation;
    header.decodeBytes = std::max(scan.planeBytes, w * h) + w * h * 3;
  } else {
    header.decodeBytes = PngDecodeBytes(bytes, w, h);
  }
  return header;
}

Result<Photo> PreparePhoto(std::span<const std::uint8_t> bytes) {
  Result<Pixels> pixels = DecodeUpright(bytes, kPhotoMaxSide, false);
  if (!pixels) return pixels.error();
  return EncodeJpeg(pixels.value());
}

Photo SwatchPhoto(const Swatch& swatch, int size) {
  const std::vector<std::uint8_t> pixels = DrawSwatch(swatch, size);
  Photo photo;
  photo.mime = "image/jpeg";
  photo.width = photo.height = static_cast<std::uint32_t>(size);
  stbi_write_jpg_to_func(AppendBytes, &photo.bytes, size, size, 3, pixels.data(), kSwatchJpegQuality);
  return photo;
}

Result<Photo> PrepareAvatar(std::span<const std::uint8_t> bytes) {
  // The middle square: a face is usually there.
  Result<Pixels> pixels = DecodeUpright(bytes, kAvatarSide, true);
  if (!pixels) return pixels.error();
  return EncodeJpeg(pixels.value());
}

std::optional<Error> CheckPackPhoto(const Photo& photo) {
  if (photo.mime != "image/jpeg" && photo.mime != "image/png")
    return Error{Msg::ErrPhotoTypeUnsupported, photo.mime.substr(0, 40)};
  Result<PhotoHeader> header = ReadPhotoHeader(photo.bytes);
  if (!header) return header.error();
  if (header.value().width > kPackPhotoMaxSide || header.value().height > kPackPhotoMaxSide)
    return Error{Msg::ErrPhotoTooManyPixels,
                 std::to_string(header.value().width) + " × " + std::to_string(header.value().height)};
  int width = 0, height = 0, channels = 0;
  stbi_uc* pixels =
      stbi_load_from_memory(photo.bytes.data(), static_cast<int>(photo.bytes.size()), &width, &height, &channels, 3);
  if (!pixels) return Error{Msg::ErrPhotoInvalid, stbi_failure_reason()};
  stbi_image_free(pixels);
  return std::nullopt;
}

}  // namespace hw
