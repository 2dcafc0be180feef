#include "shared/media/photo.hpp"

#include <algorithm>
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

}  // namespace

Result<Photo> PreparePhoto(std::span<const std::uint8_t> bytes) {
  if (bytes.empty()) return Error{Msg::ErrFileEmpty};
  if (bytes.size() > 64u * 1024 * 1024) return Error{Msg::ErrFileTooLarge};
  int width = 0, height = 0, channels = 0;
  // Three channels: JPEG has no alpha, and transparent pixels become black, which
  // matters little for product photos.
  stbi_uc* pixels = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &channels, 3);
  if (!pixels) return Error{Msg::ErrPhotoInvalid, stbi_failure_reason()};
  const int longest = std::max(width, height);
  int outWidth = width, outHeight = height;
  std::vector<std::uint8_t> scaled;
  const std::uint8_t* source = pixels;
  if (longest > kPhotoMaxSide) {
    outWidth = std::max(1, static_cast<int>(static_cast<long long>(width) * kPhotoMaxSide / longest));
    outHeight = std::max(1, static_cast<int>(static_cast<long long>(height) * kPhotoMaxSide / longest));
    scaled.resize(static_cast<std::size_t>(outWidth) * static_cast<std::size_t>(outHeight) * 3);
    stbir_resize_uint8(pixels, width, height, 0, scaled.data(), outWidth, outHeight, 0, 3);
    source = scaled.data();
  }
  Photo photo;
  photo.mime = "image/jpeg";
  photo.width = static_cast<std::uint32_t>(outWidth);
  photo.height = static_cast<std::uint32_t>(outHeight);
  const int written =
      stbi_write_jpg_to_func(AppendBytes, &photo.bytes, outWidth, outHeight, 3, source, kPhotoJpegQuality);
  stbi_image_free(pixels);
  if (!written) return Error{Msg::ErrPhotoInvalid};
  return photo;
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
  if (bytes.empty()) return Error{Msg::ErrFileEmpty};
  if (bytes.size() > 64u * 1024 * 1024) return Error{Msg::ErrFileTooLarge};
  int width = 0, height = 0, channels = 0;
  stbi_uc* pixels = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &channels, 3);
  if (!pixels) return Error{Msg::ErrPhotoInvalid, stbi_failure_reason()};
  // The middle square: a face is usually there.
  const int side = std::min(width, height);
  const std::size_t rowBytes = static_cast<std::size_t>(width) * 3;
  const stbi_uc* square = pixels + static_cast<std::size_t>((height - side) / 2) * rowBytes +
                          static_cast<std::size_t>((width - side) / 2) * 3;
  const int out = std::min(side, kAvatarSide);
  std::vector<std::uint8_t> scaled(static_cast<std::size_t>(out) * static_cast<std::size_t>(out) * 3);
  stbir_resize_uint8(square, side, side, static_cast<int>(rowBytes), scaled.data(), out, out, 0, 3);
  stbi_image_free(pixels);
  Photo photo;
  photo.mime = "image/jpeg";
  photo.width = static_cast<std::uint32_t>(out);
  photo.height = static_cast<std::uint32_t>(out);
  if (!stbi_write_jpg_to_func(AppendBytes, &photo.bytes, out, out, 3, scaled.data(), kPhotoJpegQuality))
    return Error{Msg::ErrPhotoInvalid};
  return photo;
}

}  // namespace hw
