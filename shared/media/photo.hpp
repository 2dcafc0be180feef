#pragma once
// Product photos from the phone's camera or files: decoded, scaled down so the
// longest side is at most kPhotoMaxSide pixels, and re-encoded as JPEG, so that a
// 4000-pixel camera picture takes tens of kilobytes in storage and in packs.
#include <cstdint>
#include <span>

#include "shared/core/photo.hpp"
#include "shared/core/result.hpp"
#include "shared/media/swatch.hpp"

namespace hw {

inline constexpr int kPhotoMaxSide = 800;
inline constexpr int kPhotoJpegQuality = 80;

// The photo ready to keep, or ErrPhotoInvalid when the bytes are not an image stb_image
// reads (JPEG, PNG, GIF, BMP...), or ErrFileEmpty.
Result<Photo> PreparePhoto(std::span<const std::uint8_t> bytes);

// A demo product's picture or a demo group's logo: the swatch drawn `size` pixels
// square (shared/media/swatch.hpp), as a small JPEG.
inline constexpr int kSwatchJpegQuality = 40;  // patterns need little
Photo SwatchPhoto(const Swatch& swatch, int size);

// A person's photo for their profile: the middle square of the picture, scaled to
// kAvatarSide pixels and kept as JPEG (a few kilobytes), shown round.
inline constexpr int kAvatarSide = 160;
Result<Photo> PrepareAvatar(std::span<const std::uint8_t> bytes);

}  // namespace hw
