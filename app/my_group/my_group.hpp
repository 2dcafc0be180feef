#pragma once
// The artisan group's screens (My group): what they share, and the files they
// receive. Each page is drawn by its own view_*.cpp in this folder.
#include <string>
#include <string_view>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// My group: the artisan group's catalogue and orders, behind the group's PIN.
void DrawMyGroup(AppState& state, Platform& platform);

// Files for My group (my_group_files.cpp), taken only while the group is unlocked.
void ReceiveProductPhoto(AppState& state, Platform& platform, const IncomingFile& file);
void ReceiveGroupOrder(AppState& state, Platform& platform, const IncomingFile& file);
void ReceiveProductCsv(AppState& state, Platform& platform, const IncomingFile& file);

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

}  // namespace hw
