// The small game packs, one GamePackDescription each: which files are whole objects, how to make
// them upright, what to call them, whom to credit. Patterns were chosen by looking at every
// pack's files and at contact sheets of what they load as.

#include "core/dataset/sources/GamePackSource.h"

namespace lift3d {
namespace {

const QString gpl2 = QStringLiteral("GPL-2");
// (x, y, z) -> (x, z, -y): a model made Z up (3ds Max, Blender, Quake) stood up in +Y.
const glm::mat3 zUp(1, 0, 0, 0, 0, -1, 0, 1, 0);
// (x, y, z) -> (x, -z, y): a model made with -Z up.
const glm::mat3 zDown(1, 0, 0, 0, 0, 1, 0, -1, 0);
const QString gpl2plus = QStringLiteral("GPL-2+");

GamePackDescription gl117() {
    GamePackDescription pack;
    pack.name = QStringLiteral("gl117");
    pack.package = QStringLiteral("gl-117-data");
    pack.dataFolder = QStringLiteral("usr/share/games/gl-117");
    pack.include = {QStringLiteral("models/*.3ds")};
    // Tracer and flare quads, chaff, the sky egg, a ruin's scattered rubble, the barrier plane,
    // the game's 3D title.
    pack.exclude = {QStringLiteral("models/gl-117.3ds"), QStringLiteral("models/cannon*"),
                    QStringLiteral("models/chaff*"),     QStringLiteral("models/flare*"),
                    QStringLiteral("models/egg.3ds"),    QStringLiteral("models/rubble.3ds"),
                    QStringLiteral("models/barrier.3ds")};
    pack.textureFolders = {QStringLiteral("textures")};
    pack.categories = {
        {QStringLiteral("models/gl-*"), QStringLiteral("aircraft")},
        {QStringLiteral("models/transp*"), QStringLiteral("aircraft")},
        {QStringLiteral("models/missile*"), QStringLiteral("missile")},
        {QStringLiteral("models/ship*"), QStringLiteral("ship")},
        {QStringLiteral("models/oilrig*"), QStringLiteral("building")},
        {QStringLiteral("models/tank*"), QStringLiteral("vehicle/military")},
        {QStringLiteral("models/pickup*"), QStringLiteral("vehicle")},
        {QStringLiteral("models/truck*"), QStringLiteral("vehicle")},
        {QStringLiteral("models/trsam*"), QStringLiteral("vehicle/military")},
        {QStringLiteral("models/fla*"), QStringLiteral("military")},
        {QStringLiteral("models/mine*"), QStringLiteral("military")},
        {QStringLiteral("models/radar*"), QStringLiteral("military")},
        {QStringLiteral("models/aster*"), QStringLiteral("rock")},
    };
    pack.defaultCategory = QStringLiteral("building");
    pack.author = QStringLiteral("Thomas Drexl");
    pack.license = gpl2;
    pack.credit = QStringLiteral(
        "Models of the flight game GL-117 as packaged by Debian (gl-117-data 1.3.2, "
        "https://www.heptargon.de/gl-117/gl-117.html): Copyright 2001-2008 Thomas Drexl, GPL-2 "
        "(usr/share/doc/gl-117-data/copyright).");
    return pack;
}

GamePackDescription scorched3d() {
    GamePackDescription pack;
    pack.name = QStringLiteral("scorched3d");
    pack.package = QStringLiteral("scorched3d-data");
    pack.dataFolder = QStringLiteral("usr/share/games/scorched3d/data/globalmods/none/data");
    // The ASE tanks (the MilkShape .txt ones Assimp cannot read) and the shells they fire; not
    // the question mark of the "random tank" nor meshes/ (HUD markers, landscape pieces).
    pack.include = {QStringLiteral("tanks/*.ase"), QStringLiteral("accessories/*.ase")};
    // default.ase is the V2 rocket of tanks/v2.ase again.
    pack.exclude = {QStringLiteral("tanks/question.ase"),
                    QStringLiteral("accessories/default.ase")};
    pack.categories = {{QStringLiteral("accessories/**"), QStringLiteral("missile")}};
    pack.defaultCategory = QStringLiteral("vehicle/military");
    pack.materials = PackMaterials::SkinColour;
    pack.author = QStringLiteral("Gavin Camp and the Scorched 3D contributors");
    pack.license = gpl2plus;
    pack.credit = QStringLiteral(
        "Tank models of the artillery game Scorched 3D as packaged by Debian (scorched3d-data "
        "44, http://www.scorched3d.co.uk): Copyright 2001-2014 Gavin Camp and contributors, "
        "GPL-2+ (usr/share/doc/scorched3d-data/copyright).");
    return pack;
}

GamePackDescription crrcsim() {
    GamePackDescription pack;
    pack.name = QStringLiteral("crrcsim");
    pack.package = QStringLiteral("crrcsim-data");
    pack.dataFolder = QStringLiteral("usr/share/games/crrcsim");
    pack.include = {QStringLiteral("objects/*.ac")};
    // Sceneries (flying fields with their horizon), billboard poplars, the frequency board.
    pack.exclude = {
        QStringLiteral("objects/cape_cod.ac"), QStringLiteral("objects/davis.ac"),
        QStringLiteral("objects/small.ac"),    QStringLiteral("objects/woods_terrain.ac"),
        QStringLiteral("objects/populus_*"),   QStringLiteral("objects/freqboard.ac")};
    pack.textureFolders = {QStringLiteral("textures")};
    pack.categories = {
        {QStringLiteral("objects/hut.ac"), QStringLiteral("building")},
        {QStringLiteral("objects/outhouse.ac"), QStringLiteral("building")},
        {QStringLiteral("objects/table.ac"), QStringLiteral("furniture")},
        {QStringLiteral("objects/trashcan.ac"), QStringLiteral("street-furniture")},
        {QStringLiteral("objects/log.ac"), QStringLiteral("plant")},
        {QStringLiteral("objects/copter*"), QStringLiteral("aircraft/helicopter")},
        {QStringLiteral("objects/heli.ac"), QStringLiteral("aircraft/helicopter")},
        {QStringLiteral("objects/qc01*"), QStringLiteral("aircraft/helicopter")},
    };
    pack.defaultCategory = QStringLiteral("aircraft/model");
    pack.author = QStringLiteral("Jan Edward Kansky and the CRRCSim contributors");
    pack.license = gpl2;
    pack.credit = QStringLiteral(
        "Model aircraft of the flight simulator CRRCSim as packaged by Debian (crrcsim-data "
        "0.9.13, https://sourceforge.net/projects/crrcsim/): Copyright Jan Edward Kansky, Mark "
        "Drela, Bruce Jackson and the CRRCSim contributors, GPL-2 "
        "(usr/share/doc/crrcsim-data/copyright).");
    return pack;
}

GamePackDescription torcs() {
    GamePackDescription pack;
    pack.name = QStringLiteral("torcs");
    pack.package = QStringLiteral("torcs-data");
    pack.dataFolder = QStringLiteral("usr/share/games/torcs");
    // Cars only (tracks are levels); each once, not its distant levels of detail. The game draws
    // the wheels itself, so the bodies come without them.
    pack.include = {QStringLiteral("cars/*/*.acc")};
    pack.exclude = {QStringLiteral("cars/**-lod*")};
    pack.defaultCategory = QStringLiteral("vehicle/car");
    pack.author = QStringLiteral("Eric Espié, Christophe Guionneau, Bernhard Wymann, Andrea "
                                 "Alfieri and the TORCS contributors");
    pack.license = gpl2plus;
    pack.credit = QStringLiteral(
        "Car models of the racing simulator TORCS as packaged by Debian (torcs-data 1.3.7, "
        "http://torcs.sourceforge.net): Copyright 2000-2005 Eric Espié, Christophe Guionneau, "
        "Bernhard Wymann, Andrea Alfieri and contributors, GPL-2+ "
        "(usr/share/doc/torcs-data/copyright).");
    return pack;
}

GamePackDescription trigger() {
    GamePackDescription pack;
    pack.name = QStringLiteral("trigger");
    pack.package = QStringLiteral("trigger-rally-data");
    pack.dataFolder = QStringLiteral("usr/share/games/trigger-rally");
    pack.archives = {QStringLiteral("data.zip")};
    pack.include = {QStringLiteral("data.zip/vehicles/*/*.obj")};
    pack.exclude = {QStringLiteral("**/*_wheel.obj")};
    pack.upright = zUp;
    pack.defaultCategory = QStringLiteral("vehicle/car");
    pack.author = QStringLiteral("Jasmine Langridge, Richard Langridge and the Trigger Rally "
                                 "contributors");
    pack.license = gpl2plus;
    pack.credit = QStringLiteral(
        "Rally car models of Trigger Rally as packaged by Debian (trigger-rally-data 0.6.6.1, "
        "https://sourceforge.net/projects/trigger-rally/): Copyright 2004-2006 Jasmine and "
        "Richard Langridge and the contributors named in usr/share/doc/trigger-rally-data/"
        "copyright, GPL-2+.");
    return pack;
}

GamePackDescription bouncy() {
    GamePackDescription pack;
    pack.name = QStringLiteral("bouncy");
    pack.package = QStringLiteral("bouncy");
    pack.dataFolder = QStringLiteral("usr/share/games/bouncy/data");
    pack.include = {QStringLiteral("*.obj")};
    // Ground pieces (bump, hole, row), the "!" and "?" markers, and the animation frames of the
    // vegetables being eaten and of the rabbit (its sitting pose stands for them).
    pack.exclude = {QStringLiteral("bump.obj"),          QStringLiteral("hole.obj"),
                    QStringLiteral("row.obj"),           QStringLiteral("alert.obj"),
                    QStringLiteral("question.obj"),      QStringLiteral("*-eat*.obj"),
                    QStringLiteral("rabbit-dig*.obj"),   QStringLiteral("rabbit-landing.obj"),
                    QStringLiteral("rabbit-hopping.obj")};
    pack.categories = {
        {QStringLiteral("carrot*"), QStringLiteral("food/vegetable")},
        {QStringLiteral("lettuce*"), QStringLiteral("food/vegetable")},
        {QStringLiteral("tomato*"), QStringLiteral("food/vegetable")},
        {QStringLiteral("pie*"), QStringLiteral("food")},
        {QStringLiteral("rabbit*"), QStringLiteral("animal")},
        {QStringLiteral("farmer*"), QStringLiteral("figure")},
        {QStringLiteral("scarecrow*"), QStringLiteral("figure")},
        {QStringLiteral("tree*"), QStringLiteral("plant")},
        {QStringLiteral("*hedge*"), QStringLiteral("plant")},
        {QStringLiteral("bucket*"), QStringLiteral("household")},
    };
    pack.defaultCategory = QStringLiteral("garden");
    pack.author = QStringLiteral("Richard Jones");
    pack.license = gpl2plus;
    pack.credit = QStringLiteral(
        "Models of the game Bouncy the Hungry Rabbit as packaged by Debian (bouncy 0.6, "
        "https://www.pyweek.org/e/bouncy): Copyright 2006 Richard Jones, GPL-2+ "
        "(usr/share/doc/bouncy/copyright).");
    return pack;
}

GamePackDescription redeclipse() {
    GamePackDescription pack;
    pack.name = QStringLiteral("redeclipse");
    pack.package = QStringLiteral("redeclipse-data");
    pack.dataFolder = QStringLiteral("usr/share/games/redeclipse/data");
    pack.materials = PackMaterials::CubeEngine;
    pack.include = {QStringLiteral("**/*.obj"), QStringLiteral("**/*.iqm"),
                    QStringLiteral("**/*.md5mesh"), QStringLiteral("**/*.md3")};
    // The first-person views of the player's body and hands, projectiles and the debris and gibs
    // they leave, the capture point marker, and the first-person weapons (their "item" models are
    // the same guns as seen in the world).
    pack.exclude = {
        QStringLiteral("actors/player/*.md5mesh"), QStringLiteral("actors/player/**/hud*"),
        QStringLiteral("actors/player/**/headless*"), QStringLiteral("projectiles/**"),
        QStringLiteral("props/point/**"), QStringLiteral("weapons/*/proj/**"),
        QStringLiteral("weapons/flamer/flamer.md5mesh"),
        QStringLiteral("weapons/pistol/pistol.md5mesh"),
        QStringLiteral("weapons/shotgun/shotgun.md5mesh"),
        QStringLiteral("weapons/zapper/mesh.md5mesh"),
        // Of mirror-image pairs, one: the left (and of the rats, the female one).
        QStringLiteral("vanities/**/right/**"), QStringLiteral("vanities/raptor/right/**"),
        QStringLiteral("vanities/rat/rat_right/**"), QStringLiteral("vanities/rat/*/male/**")};
    pack.categories = {
        {QStringLiteral("nieb/**"), QStringLiteral("office")},
        {QStringLiteral("vegetation/**"), QStringLiteral("plant")},
        {QStringLiteral("dziq/palm*/**"), QStringLiteral("plant")},
        {QStringLiteral("dziq/hanging_greens*/**"), QStringLiteral("plant")},
        {QStringLiteral("luckystrike/plant/**"), QStringLiteral("plant")},
        {QStringLiteral("vanities/**"), QStringLiteral("accessory")},
        {QStringLiteral("weapons/**"), QStringLiteral("weapon")},
        {QStringLiteral("mikeplus64/grenade/**"), QStringLiteral("weapon")},
        {QStringLiteral("actors/player/**"), QStringLiteral("figure")},
        {QStringLiteral("actors/**"), QStringLiteral("robot")},
        {QStringLiteral("**/door*/**"), QStringLiteral("door")},
        {QStringLiteral("**/rock*/**"), QStringLiteral("rock")},
        {QStringLiteral("**/*lamp*/**"), QStringLiteral("light")},
        {QStringLiteral("**/torche/**"), QStringLiteral("light")},
        {QStringLiteral("john/forklift/**"), QStringLiteral("vehicle")},
        {QStringLiteral("props/**"), QStringLiteral("game-item")},
    };
    pack.defaultCategory = QStringLiteral("prop");
    // Per-folder authors and licences from usr/share/doc/redeclipse-data/copyright and the
    // folders' readme files; content not listed there is CC-BY-SA 3.0+ by the Red Eclipse Team.
    pack.author = QStringLiteral("Red Eclipse Team");
    pack.license = QStringLiteral("CC-BY-SA-3.0+");
    pack.credits = {
        {QStringLiteral("nobiax/**"), QStringLiteral("Nobiax"), QStringLiteral("CC0-1.0")},
        {QStringLiteral("actors/turret/**"), QStringLiteral("Mike Ledger (mikeplus64)"),
         QStringLiteral("CC-BY-SA-3.0-AU")},
        {QStringLiteral("weapons/plasma/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0-AU")},
        {QStringLiteral("weapons/zapper/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0-AU")},
        {QStringLiteral("john/**"), QStringLiteral("John_III"), QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("acerspyro/**"), QStringLiteral("Maxim \"acerspyro\" Therrien"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("unnamed/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/antenna/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/blade/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/boots*/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/chestplate/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/disc/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/mask/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/microeye/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/prongs/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/shoulder2/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("vanities/shoulder3/**"), QStringLiteral("Unnamed (Viktor Hahn)"),
         QStringLiteral("CC-BY-SA-3.0")},
        {QStringLiteral("nieb/**"), QStringLiteral("nieb (Red Eclipse Team)"),
         QStringLiteral("CC-BY-SA-3.0+")},
        {QStringLiteral("dziq/**"), QStringLiteral("Dziq (Red Eclipse Team)"),
         QStringLiteral("CC-BY-SA-3.0+")},
        {QStringLiteral("luckystrike/**"), QStringLiteral("LuckyStrike (Red Eclipse Team)"),
         QStringLiteral("CC-BY-SA-3.0+")},
        {QStringLiteral("mikeplus64/**"), QStringLiteral("Mike Ledger (mikeplus64)"),
         QStringLiteral("CC-BY-SA-3.0+")},
        {QStringLiteral("snipergoth/**"), QStringLiteral("snipergoth (Red Eclipse Team)"),
         QStringLiteral("CC-BY-SA-3.0+")},
        {QStringLiteral("jojo/**"), QStringLiteral("Derek \"JoJo\" Stegall"),
         QStringLiteral("CC-BY-SA-3.0+")},
    };
    pack.credit = QStringLiteral(
        "Models of the arena shooter Red Eclipse as packaged by Debian (redeclipse-data 1.6.0, "
        "https://www.redeclipse.net): Copyright 2009-2017 the Red Eclipse Team and the artists "
        "named per folder in usr/share/doc/redeclipse-data/copyright (Nobiax, John_III, Maxim "
        "Therrien, Mike Ledger, Viktor Hahn and others); CC-BY-SA 3.0 or later unless that file "
        "says otherwise (CC0 1.0, CC-BY-SA 3.0 AU).");
    return pack;
}

GamePackDescription openarena() {
    GamePackDescription pack;
    pack.name = QStringLiteral("openarena");
    pack.package = QStringLiteral("openarena-data");
    pack.dataFolder = QStringLiteral("usr/share/games/openarena");
    pack.archives = {QStringLiteral("baseoa/pak0.pk3"), QStringLiteral("missionpack/mp-pak0.pk3")};
    pack.materials = PackMaterials::Quake3;
    pack.include = {QStringLiteral("**/models/**.md3"),
                    QStringLiteral("**/models/mapobjects/**.ase")};
    // Distant levels of detail (_1, _2), the parts weapons are assembled from in the hand (flash,
    // hand, barrel), effects (weaphits, the spheres and rings around power-ups, player auras),
    // projectiles, gibs, the domination points' and runes' 3D letters, map architecture pieces,
    // and telep.md3, which crashes Assimp 5.2. The players too: Assimp assembles lower, upper
    // and head at frame 0, the first frame of a death animation (a figure flung through the
    // air), while a standing pose needs a different frame per part (animation.cfg).
    pack.exclude = {QStringLiteral("**/*_[0-9].md3"),
                    QStringLiteral("**/models/players/**"),
                    QStringLiteral("**/models/ammo/**"),
                    QStringLiteral("**/models/dpoints/**"),
                    QStringLiteral("**/models/powerups/ammo.md3"),
                    QStringLiteral("**/models/powerups/doubler.md3"),
                    QStringLiteral("**/models/powerups/guard.md3"),
                    QStringLiteral("**/models/powerups/scout.md3"),
                    QStringLiteral("**/models/mapobjects/dm5/**"),
                    QStringLiteral("**/models/mapobjects/gaelevish/pitborder.ase"),
                    QStringLiteral("**/*_flash*.md3"),
                    QStringLiteral("**/*_hand.md3"),
                    QStringLiteral("**/*_barrel.md3"),
                    QStringLiteral("**/models/weaphits/**"),
                    QStringLiteral("**/models/gibs/**"),
                    QStringLiteral("**/models/misc/**"),
                    QStringLiteral("**/*_player.md3"),
                    QStringLiteral("**/*_ring*.md3"),
                    QStringLiteral("**/*_sphere.md3"),
                    QStringLiteral("**/overload_energy.md3"),
                    QStringLiteral("**/overload_lights.md3"),
                    QStringLiteral("**/overload_target.md3"),
                    QStringLiteral("**/pop.md3"),
                    QStringLiteral("**/models/mapobjects/out/**"),
                    QStringLiteral("**/models/mapobjects/palmier/palm_leafs1.md3")};
    pack.categories = {
        {QStringLiteral("**/models/weapons*/**"), QStringLiteral("weapon")},
        {QStringLiteral("**/models/flags/**"), QStringLiteral("flag")},
        {QStringLiteral("**/models/mapobjects/**"), QStringLiteral("prop")},
    };
    pack.defaultCategory = QStringLiteral("game-item");
    pack.author = QStringLiteral("the OpenArena Team and contributors");
    pack.license = gpl2plus;
    pack.credit = QStringLiteral(
        "Models of the arena shooter OpenArena as packaged by Debian (openarena-data 0.8.5split, "
        "https://openarena.ws): Copyright 2005-2012 the OpenArena Team, 1997-2006 id Software "
        "and the artists named in usr/share/doc/openarena-data/copyright and CREDITS, GPL-2+.");
    return pack;
}

GamePackDescription brutalchess() {
    GamePackDescription pack;
    pack.name = QStringLiteral("brutalchess");
    pack.package = QStringLiteral("brutalchess");
    pack.dataFolder = QStringLiteral("usr/share/games/brutalchess");
    pack.include = {QStringLiteral("models/*.obj")};
    pack.exclude = {QStringLiteral("models/debug.obj")};
    pack.defaultCategory = QStringLiteral("game-piece/chess");
    pack.author = QStringLiteral("Brian Lindsley (art), Mike Cook, Joe Flint, Neil Pankey");
    pack.license = gpl2;
    pack.credit = QStringLiteral(
        "Chess pieces of Brutal Chess as packaged by Debian (brutalchess 0.5.2, "
        "http://brutalchess.sf.net): Copyright 2005-2006 Joe Flint, Mike Cook, Brian Lindsley, "
        "Neil Pankey, GPL-2 (usr/share/doc/brutalchess/copyright).");
    return pack;
}

GamePackDescription glmark2() {
    GamePackDescription pack;
    pack.name = QStringLiteral("glmark2");
    pack.package = QStringLiteral("glmark2-data");
    pack.dataFolder = QStringLiteral("usr/share/glmark2");
    pack.include = {QStringLiteral("models/*.3ds"), QStringLiteral("models/*.obj")};
    pack.exclude = {QStringLiteral("models/asteroid-high.3ds")}; // the low one has the same shape
    // The cat and the rearing horse stand on -Z; the bunny is the Y-up Stanford scan.
    pack.uprights = {{QStringLiteral("models/cat.3ds"), zDown},
                     {QStringLiteral("models/horse.3ds"), zDown}};
    pack.textureFolders = {QStringLiteral("textures")};
    pack.categories = {
        {QStringLiteral("models/asteroid*"), QStringLiteral("rock")},
        {QStringLiteral("models/cube*"), QStringLiteral("box")},
    };
    pack.defaultCategory = QStringLiteral("animal");
    pack.author = QStringLiteral("the glmark2 developers (Linaro, Collabora and others)");
    pack.license = QStringLiteral("GPL-3+");
    pack.credit = QStringLiteral(
        "Models of the benchmark glmark2 as packaged by Debian (glmark2-data 2023.01, "
        "https://github.com/glmark2/glmark2): Copyright 2010-2021 the glmark2 developers, Linaro "
        "Limited, Collabora Limited and others, GPL-3+ (usr/share/doc/glmark2-data/copyright).");
    return pack;
}

} // namespace

std::vector<GamePackDescription> gamePackDescriptions() {
    return {gl117(),  scorched3d(), crrcsim(),   torcs(),       trigger(),
            bouncy(), redeclipse(), openarena(), brutalchess(), glmark2()};
}

} // namespace lift3d
