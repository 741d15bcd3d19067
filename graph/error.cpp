#include "tkg/error.hpp"

namespace tkg {

std::string Location::describe() const {
    std::string out = file;
    if (line) out += (out.empty() ? "line " : ":") + std::to_string(*line);
    if (!article.empty())
        out += (out.empty() ? "" : ": ") + std::string("article '") + article + "'";
    if (offset) out += (out.empty() ? "" : ", ") + std::string("byte ") + std::to_string(*offset);
    return out;
}

namespace {
std::string with_location(const std::string& message, const Location& where) {
    const std::string at = where.describe();
    return at.empty() ? message : at + ": " + message;
}
}  // namespace

Error::Error(const std::string& message, Location where)
    : std::runtime_error(with_location(message, where)), where_(std::move(where)) {}

}  // namespace tkg
