#pragma once
// A completion certificate the learner downloads as a PNG: their name, the course and
// the date, drawn by the app with its own shaped text (every script the app shows),
// rasterised from ImGui draw commands into pixels and encoded with stb_image_write.
#include <cstdint>
#include <string_view>
#include <vector>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

inline constexpr int kCertificateWidth = 800;
inline constexpr int kCertificateHeight = 560;

// The certificate as PNG bytes. Needs a current ImGui context (and text engine, for
// text); empty when the image could not be made.
std::vector<std::uint8_t> CertificatePng(Language language, std::string_view learnerName, std::string_view courseTitle,
                                         std::string_view date);
// Makes the active profile's certificate for `course` and hands it over as a download.
void DownloadCertificate(AppState& state, Platform& platform, const Course& course);

}  // namespace hw
