#pragma once
// The artisan group's screens (My group) and the buyer's catalogue import: what they
// share, and the files they receive. Each page is drawn by its own view_*.cpp.
#include <string>
#include <string_view>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// Purposes of the files these screens ask for (IncomingFile::purpose).
inline constexpr std::string_view kPhotoPurpose = "seller.photo";
inline constexpr std::string_view kOrdersPurpose = "seller.orders";
inline constexpr std::string_view kProductCsvPurpose = "seller.csv";
inline constexpr std::string_view kCataloguePackPurpose = "catalogue.pack";

// Handles a file for these screens; false when the file is for someone else.
bool HandleSellerFile(AppState& state, Platform& platform, const IncomingFile& file);

// The group chosen and unlocked with its PIN, or null.
ArtisanGroup* UnlockedGroup(AppState& state);
// Locks My group: the PIN is asked again before anything else.
void LockMyGroup(AppState& state);

// Pages of My group (view_my_group.cpp draws the lock and dispatches).
void DrawGroupHome(AppState& state, Platform& platform, ArtisanGroup& group);
void StartNewProduct(AppState& state, const ArtisanGroup& group);
void StartEditProduct(AppState& state, const Product& product);
void DrawProductEditor(AppState& state, Platform& platform, ArtisanGroup& group);
void DrawInbox(AppState& state, Platform& platform, ArtisanGroup& group);
void DrawOrder(AppState& state, Platform& platform, ArtisanGroup& group);
void DrawProductCsvImport(AppState& state, ArtisanGroup& group);

// A block of text published for tests under `id`.
void Say(std::string_view text, const std::string& id);
// Text in red (an error or refusal), published under `id`.
void SayError(std::string_view text, const std::string& id);
// A person's reading of a status ("In production").
std::string_view StatusLabel(Language language, OrderStatus status);
// "{n}" in `pattern` replaced by `value`.
std::string Fill(std::string_view pattern, std::string_view value);

}  // namespace hw
