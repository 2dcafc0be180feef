#pragma once
// An order request as it leaves the buyer's phone: its file names, a short text a
// person reads in a chat or an e-mail, and the wa.me and mailto: links that carry it.
#include <string>

#include "shared/core/date.hpp"
#include "shared/i18n/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// "order-2026-01-01-1a2b3c4d": the day (of `at`, where the device is) and the start of
// the id, safe in file names.
std::string OrderFileStem(const OrderRequest& order, Timestamp at, UtcOffset offset);

// A short text a person can read in a chat or an e-mail, in `language`.
std::string OrderSummary(const AppData& data, const OrderRequest& order, Language language);
// wa.me and mailto: links to the order's group with the summary; "" when the group
// has no WhatsApp/phone number or e-mail.
std::string WhatsAppLink(const AppData& data, const OrderRequest& order, Language language);
std::string EmailLink(const AppData& data, const OrderRequest& order, Language language);

// The group's reply (an order file with a newer status) is taken when its history
// continues the order's: same start, more changes. Anything else changes nothing.
enum class ReplyOutcome { Updated, UnknownOrder, NotNewer };
ReplyOutcome ApplyReply(AppData& data, const OrderRequest& reply);

}  // namespace hw
