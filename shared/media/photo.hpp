#pragma once
// Product photos from the phone's camera or files: decoded, turned upright by their
// EXIF orientation, scaled down so the longest side is at most kPhotoMaxSide pixels,
// and re-encoded as JPEG (with no orientation tag: the pixels are upright), so that a
// 4000-pixel camera picture takes tens of kilobytes in storage and in packs.
//
// Memory is bounded before anything is decoded: the size in pixels is read from the
// file's header, and a picture over the limit is refused (a PNG of a few hundred
// kilobytes can claim 12000 × 12000 pixels; wasm memory, once grown, never shrinks).
// What the decoder (stb_image) will need is reckoned from the header (JPEG: its colour
// planes, their coefficients when progressive, and the RGB result; PNG: the inflated
// rows and the result) and, with the file's own bytes, must fit kPhotoMemoryBudget: a
// 13-megapixel camera JPEG (4160 × 3120) fits, a 12000 × 12000 PNG does not.
//
// Decoded here in C++ and not by the browser (createImageBitmap with imageOrientation
// 'from-image'): one path on every platform, the same in the tests as on the phone; the
// size is checked from the header before any decoder spends memory (the browser would
// decode the whole picture first); and what the region's phone cameras save is JPEG
// with an orientation tag, which this path reads (HEIC, which Chromium does not decode
// either, and WebP are refused by name).
#include <cstdint>
#include <optional>
#include <span>

#include "shared/core/photo.hpp"
#include "shared/core/result.hpp"
#include "shared/media/swatch.hpp"

namespace hw {

inline constexpr int kPhotoMaxSide = 800;
inline constexpr int kPhotoJpegQuality = 80;
// A photo a person picks: its file and the decoder's buffers together at most this.
inline constexpr std::int64_t kPhotoMemoryBudget = 64ll * 1024 * 1024;
// A photo inside a catalogue pack: the app publishes at most kPhotoMaxSide pixels a
// side; other tools get twice that.
inline constexpr int kPackPhotoMaxSide = 2 * kPhotoMaxSide;

// What a picture's header says, read without decoding it.
struct PhotoHeader {
  int width = 0, height = 0;     // as stored; turned by `orientation`
  int orientation = 1;           // EXIF: 1 upright, 2..8 mirrored and/or turned; 6 and 8 are portrait
  std::int64_t decodeBytes = 0;  // what stb_image will allocate to decode it
};
// The header of a JPEG or PNG, or ErrPhotoInvalid.
Result<PhotoHeader> ReadPhotoHeader(std::span<const std::uint8_t> bytes);
// The EXIF orientation of a JPEG (its APP1 "Exif" segment), 1 when it has none.
int ExifOrientation(std::span<const std::uint8_t> bytes);

// The photo ready to keep, upright, or ErrPhotoInvalid when the bytes are not an image
// stb_image reads (JPEG, PNG), ErrPhotoTooManyPixels over kPhotoMemoryBudget, or ErrFileEmpty.
Result<Photo> PreparePhoto(std::span<const std::uint8_t> bytes);

// A demo product's picture or a demo group's logo: the swatch drawn `size` pixels
// square (shared/media/swatch.hpp), as a small JPEG.
inline constexpr int kSwatchJpegQuality = 40;  // patterns need little
Photo SwatchPhoto(const Swatch& swatch, int size);

// A person's photo for their profile: the middle square of the upright picture, scaled
// to kAvatarSide pixels and kept as JPEG (a few kilobytes), shown round.
inline constexpr int kAvatarSide = 160;
Result<Photo> PrepareAvatar(std::span<const std::uint8_t> bytes);

// Why a catalogue pack's photo cannot be shown, or nothing when it can: only JPEG and
// PNG (ErrPhotoTypeUnsupported for WebP and others), at most kPackPhotoMaxSide pixels a
// side (ErrPhotoTooManyPixels), and decodable (ErrPhotoInvalid). Checked when the pack
// is imported, so that the Shop never meets a picture it cannot draw.
std::optional<Error> CheckPackPhoto(const Photo& photo);

}  // namespace hw
