import ArgumentParser
import MatrixKeys

/// `--room-version V`: required wherever the rules depend on it; there is no silent default.
struct RoomVersionOption: ParsableArguments {
    @Option(name: .customLong("room-version"), help: ArgumentHelp(
        "The room version whose rules apply (1-12).", valueName: "version"),
        completion: .list(RoomVersion.all.map(\.identifier)))
    var identifier: String

    func resolve() throws -> RoomVersion {
        do { return try RoomVersion(identifier: identifier) } catch { throw Failure.badValue(error, option: "--room-version") }
    }
}
