#include "tkg/extract/data.hpp"

namespace tkg::extract::data {

std::vector<std::string_view> word_list(std::string_view name) {
    std::vector<std::string_view> out;
    std::string_view rest = embedded_data(name);
    while (!rest.empty()) {
        const auto nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        out.push_back(line);
    }
    return out;
}

}  // namespace tkg::extract::data
