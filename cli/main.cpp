// The tkg executable: parses the command line and runs one subcommand. Errors become the exit
// codes documented in README.md, here and nowhere else.
#include <iostream>

#include "common.hpp"
#include "tkg/error.hpp"
#include "tkg/version.hpp"

int main(int argc, char** argv) {
    CLI::App app{"tkg — build an event-timeline knowledge graph from news articles"};
    app.set_version_flag("--version", std::string("tkg ") + std::string(tkg::kVersion));
    app.require_subcommand(1);
    app.footer(
        "Run 'tkg COMMAND --help' for the options of a command.\n"
        "Exit codes: 0 ok, 1 usage error, 2 input error, 3 output error,\n"
        "            4 actor name not found, 5 actor name ambiguous (query, export --actor).");
    const std::vector<tkg::cli::Command> commands = {
        tkg::cli::add_extract_command(app),
        tkg::cli::add_build_command(app),
        tkg::cli::add_export_command(app),
        tkg::cli::add_query_command(app),
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : static_cast<int>(tkg::ExitCode::usage);
    }
    try {
        for (const auto& cmd : commands)
            if (cmd.app->parsed()) return cmd.run();
    } catch (const tkg::Error& e) {
        std::cerr << "tkg: error: " << e.what() << '\n';
        return static_cast<int>(e.exit_code());
    } catch (const std::bad_alloc&) {
        std::cerr << "tkg: error: out of memory\n";
        return static_cast<int>(tkg::ExitCode::input);
    } catch (const std::exception& e) {
        std::cerr << "tkg: internal error: " << e.what() << '\n';
        return 70;
    }
    return 0;
}
