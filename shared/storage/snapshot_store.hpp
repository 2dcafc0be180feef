#pragma once
// The save protocol over a folder (on the web: the IDBFS mount, synced by web/):
//   save: write "state.snapshot.new", read it back and check length and checksum,
//         move "state.snapshot" to "state.snapshot.bak", rename the new file over.
//   load: "state.snapshot", else a fully checked leftover ".new" (a save that was
//         interrupted between its two renames), else the backup. A file that does
//         not load is moved aside as "damaged-N.snapshot" (never deleted, so it can
//         be exported) and the user gets a message saying what happened.
#include <filesystem>
#include <optional>
#include <vector>

#include "shared/core/result.hpp"
#include "shared/model.hpp"

namespace hw {

inline constexpr const char* kSnapshotFile = "state.snapshot";
inline constexpr const char* kSnapshotNewFile = "state.snapshot.new";
inline constexpr const char* kSnapshotBackupFile = "state.snapshot.bak";

enum class LoadSource : std::uint8_t {
  Fresh,             // nothing saved yet
  Main,              // the latest snapshot
  InterruptedSave,   // the checked ".new" file of a save cut between its renames
  Backup,            // the previous snapshot
  EmptyAfterDamage,  // nothing could be read: starting empty
};

struct StoreLoad {
  AppData data;
  LoadSource source = LoadSource::Fresh;
  std::optional<Msg> notice;                        // tell the user when set
  std::vector<std::filesystem::path> damagedFiles;  // moved aside, kept for export
  std::vector<Error> errors;                        // why each file was refused
};

// Returns the error when the snapshot could not be written and verified; the
// previous snapshot is then untouched.
std::optional<Error> SaveToFolder(const std::filesystem::path& folder, const AppData& data);
StoreLoad LoadFromFolder(const std::filesystem::path& folder);

// Reads a whole file, refusing more than `limit` bytes; nullopt when unreadable.
std::optional<std::vector<std::uint8_t>> ReadFileBytes(const std::filesystem::path& file, std::uint64_t limit);

}  // namespace hw
