#pragma once

#include "core/dataset/ObjectSource.h"

namespace lift3d {

// The scenery, AI-traffic and shared models of the flight simulator FlightGear (Debian packages
// flightgear-data-base, -ai and -models), named "flightgear": AC3D files, Y up, in metres, with
// PNG, SGI (.rgb) and DDS textures. Vehicles, aircraft, ships, buildings, street furniture,
// animals, masts and power plants; never terrain, effects, clouds, cockpit instruments, light
// stubs or the parts an aircraft is assembled from.
//
// Object ids are paths relative to the FlightGear data folder ("Scenery/Models/Transport/
// camaroblue.ac"). Colour variants (the same geometry with another texture) are one object: the
// first in path order stands for all. Models with fewer than 100 polygons, flat ground pieces
// (car parks, courts, piers) and files that are not complete AC3D models are left out.
class FlightGearSource : public ObjectSource {
public:
    // `packageRoots`: extracted packages (dpkg -x trees, holding usr/share/games/flightgear) or
    // FlightGear data folders themselves; any of the three packages, at least one.
    explicit FlightGearSource(const QStringList& packageRoots);

    QString name() const override { return QStringLiteral("flightgear"); }
    QString credit() const override;
    std::vector<SourcePackage> packages() const override;

    // Reads every candidate file once (a few seconds for the three packages).
    std::vector<SourceObject> list() const override;
    TexturedMesh load(const SourceObject& object) const override;

private:
    QStringList m_packageRoots;
};

} // namespace lift3d
