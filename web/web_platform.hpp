#pragma once
// The browser's side of the Platform interface.
#include "app/platform.hpp"

namespace hw {

class WebPlatform : public Platform {
 public:
  void Download(std::string_view fileName, std::string_view mimeType, std::span<const std::uint8_t> bytes) override;
  void OpenUrl(std::string_view url) override;
  std::filesystem::path StorageFolder() override;
  void PersistStorage() override;
  void RequestPersistentStorage() override;
  void ChooseFile(FilePurpose purpose, std::string_view accept) override;
  void FetchUrl(FilePurpose purpose, std::string_view url) override;
  void ShowKeyboard(const TextEditRequest& request) override;
  void HideKeyboard() override;
  void CopyText(std::string_view text) override;
  bool Share(std::string_view title, std::string_view text, const std::vector<SharedFile>& files) override;
  Timestamp Now() override;
  UtcOffset TimeZoneOffset() override;
  bool Speak(std::string_view text, std::string_view languageCode) override;
  void StopSpeaking() override;

  // Whether this tab holds the writer lock (web/storage.js decides before main()).
  static bool IsStorageWriter();
};

}  // namespace hw
