<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>lift3d</name>
    <message>
        <source>%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or TIFF photo of an object.</source>
        <translation>%1 n&apos;est pas une image que Lift3D peut lire. Utilisez une photo d&apos;objet au format PNG, JPEG, WebP, BMP, GIF ou TIFF.</translation>
    </message>
    <message>
        <source>%1 declares an empty picture (%2 x %3 pixels). Use another image.</source>
        <translation>%1 déclare une image vide (%2 x %3 pixels). Utilisez une autre image.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 x 30000 pixels, or scale it down first.</source>
        <translation>L&apos;image %1 est trop grande (%2 x %3 pixels). Utilisez une image d&apos;environ 30000 x 30000 pixels au maximum, ou réduisez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is too large to open in this format (%2 x %3 pixels). Save it as PNG or JPEG, or scale it down first.</source>
        <translation>L&apos;image %1 est trop grande pour être ouverte dans ce format (%2 x %3 pixels). Enregistrez-la au format PNG ou JPEG, ou réduisez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is too large to open in this form (%2 x %3 pixels). Save it as an RGB PNG or a JPEG, or scale it down first.</source>
        <translation>L&apos;image %1 est trop grande pour être ouverte sous cette forme (%2 x %3 pixels). Enregistrez-la en PNG RVB ou en JPEG, ou réduisez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; try another copy.</source>
        <translation>Le fichier %1 semble être une image %2, mais n&apos;a pas pu être décodé (%3). Il est peut-être endommagé ou incomplet&#xa0;; essayez une autre copie.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>Le fichier %1 n&apos;existe pas. Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. Choose an image inside it.</source>
        <translation>%1 est un dossier, pas un fichier image. Choisissez une image qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that you are allowed to read it.</source>
        <translation>Impossible d&apos;ouvrir %1 (%2). Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Choose an image file with content.</source>
        <translation>Le fichier %1 est vide (0 octet). Choisissez un fichier image non vide.</translation>
    </message>
    <message>
        <source>%1 is empty. Paste or drop an image with content.</source>
        <translation>%1 est vide. Collez ou déposez une image non vide.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Libérez de l&apos;espace disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is no mesh to export yet. Generate or open a mesh first.</source>
        <translation>Il n&apos;y a pas encore de maillage à exporter. Générez ou ouvrez d&apos;abord un maillage.</translation>
    </message>
    <message>
        <source>The export scale must be a positive number.</source>
        <translation>L&apos;échelle d&apos;exportation doit être un nombre positif.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 est un dossier. Indiquez un nom de fichier pour l&apos;exportation.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2</source>
        <translation>L&apos;exportation vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: the exporter wrote nothing.</source>
        <translation>L&apos;exportation vers %1 a échoué&#xa0;: l&apos;exportateur n&apos;a rien écrit.</translation>
    </message>
    <message>
        <source>Could not write %1 completely. Free some disk space or choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 entièrement. Libérez de l&apos;espace disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not move the exported file into place at %1. Check the folder&apos;s permissions.</source>
        <translation>Impossible de placer le fichier exporté à l&apos;emplacement %1. Vérifiez les autorisations du dossier.</translation>
    </message>
    <message>
        <source>Could not read the mesh %1 (%2). Check that it is a complete 3D file in a format such as glTF, OBJ, PLY, STL or FBX.</source>
        <translation>Impossible de lire le maillage %1 (%2). Vérifiez qu&apos;il s&apos;agit d&apos;un fichier 3D complet dans un format tel que glTF, OBJ, PLY, STL ou FBX.</translation>
    </message>
    <message>
        <source>The file %1 contains no triangles. Open a file with a surface mesh.</source>
        <translation>Le fichier %1 ne contient aucun triangle. Ouvrez un fichier contenant un maillage de surface.</translation>
    </message>
    <message>
        <source>The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.</source>
        <translation>Le manifeste de modèle %1 est illisible. Réinstallez Lift3D ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.</source>
        <translation>Le manifeste de modèle %1 est endommagé (%2). Réinstallez Lift3D ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The model %1 has format version %2, but this Lift3D reads version %3. Use a model made for this version.</source>
        <translation>Le modèle %1 utilise la version de format %2, mais cette version de Lift3D lit la version %3. Utilisez un modèle conçu pour cette version.</translation>
    </message>
    <message>
        <source>The model weights %1 are missing. Reinstall Lift3D or choose another model.</source>
        <translation>Les poids du modèle %1 sont introuvables. Réinstallez Lift3D ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The model weights %1 fail their checksum: the file is damaged or incomplete. Reinstall Lift3D or download the model again.</source>
        <translation>La somme de contrôle des poids du modèle %1 est incorrecte&#xa0;: le fichier est endommagé ou incomplet. Réinstallez Lift3D ou téléchargez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model manifest was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun manifeste de modèle n&apos;a été trouvé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Version du format</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training command</source>
        <translation>Commande d&apos;entraînement</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>Hyperparamètres</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>About Lift3D</source>
        <translation>À propos de Lift3D</translation>
    </message>
    <message>
        <source>One photo of an object in, a 3D mesh out, offline on an ordinary CPU. A latent shortcut-flow model (after Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) samples in 1 step for the preview and in many steps for the final mesh.</source>
        <translation>Une photo d&apos;un objet en entrée, un maillage 3D en sortie, hors ligne sur un processeur ordinaire. Un modèle latent de type «&#xa0;shortcut flow&#xa0;» (d&apos;après Frans et al., «&#xa0;One Step Diffusion via Shortcut Models&#xa0;») échantillonne en 1 étape pour l&apos;aperçu et en de nombreuses étapes pour le maillage final.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliothèques et licences</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Left drag: orbit</source>
        <translation>Glisser avec le bouton gauche&#xa0;: orbiter</translation>
    </message>
    <message>
        <source>Shift + left drag or middle drag: pan</source>
        <translation>Maj + glisser avec le bouton gauche ou glisser avec le bouton du milieu&#xa0;: déplacer la vue</translation>
    </message>
    <message>
        <source>Wheel: zoom toward the cursor</source>
        <translation>Molette&#xa0;: zoomer vers le curseur</translation>
    </message>
    <message>
        <source>Double click: frame the mesh</source>
        <translation>Double-clic&#xa0;: cadrer le maillage</translation>
    </message>
    <message>
        <source>Ctrl + left drag: drag the mesh out as a .glb file</source>
        <translation>Ctrl + glisser avec le bouton gauche&#xa0;: faire glisser le maillage à l&apos;extérieur sous forme de fichier .glb</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose an image file.</source>
        <translation>%1 n’est pas un fichier ordinaire (tube, socket ou périphérique). Choisissez un fichier image.</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some disk space or choose another folder.</source>
        <translation>Il n’y a pas assez d’espace libre pour %1 (%2 Ko nécessaires, %3 Ko libres). Libérez de l’espace disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The model manifest %1 names its weights as &quot;%2&quot;; they must be a file beside the manifest. Reinstall Lift3D or choose another model.</source>
        <translation>Le manifeste du modèle %1 désigne ses poids par « %2 » ; ils doivent être un fichier placé à côté du manifeste. Réinstallez Lift3D ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 seconds and was stopped; the file is probably damaged. Try another copy or another format.</source>
        <translation>La lecture de %1 a pris plus de %2 secondes et a été arrêtée ; le fichier est probablement endommagé. Essayez une autre copie ou un autre format.</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly on %1; the file is damaged or uses features it cannot handle. Try another copy or another format.</source>
        <translation>Le lecteur s’est arrêté de façon inattendue sur %1 ; le fichier est endommagé ou utilise des fonctions qu’il ne gère pas. Essayez une autre copie ou un autre format.</translation>
    </message>
    <message>
        <source>Could not read the mesh %1.</source>
        <translation>Impossible de lire le maillage %1.</translation>
    </message>
    <message>
        <source>The reader returned an incomplete mesh for %1. Try another copy or another format.</source>
        <translation>Le lecteur a renvoyé un maillage incomplet pour %1. Essayez une autre copie ou un autre format.</translation>
    </message>
    <message>
        <source>The catalog %1 does not exist. Install Debian&apos;s sweethome3d-furniture package.</source>
        <translation>Le catalogue %1 n&apos;existe pas. Installez le paquet Debian sweethome3d-furniture.</translation>
    </message>
    <message>
        <source>%1 is not a Sweet Home 3D furniture catalog (no PluginFurnitureCatalog.properties inside).</source>
        <translation>%1 n&apos;est pas un catalogue de meubles Sweet Home 3D (il ne contient pas de PluginFurnitureCatalog.properties).</translation>
    </message>
    <message>
        <source>No dataset at %1. Build it with: lift3d-data --output %1</source>
        <translation>Aucun jeu de données dans %1. Créez-le avec&#xa0;: lift3d-data --output %1</translation>
    </message>
    <message>
        <source>IoU needs two fields on the same lattice.</source>
        <translation>L&apos;IoU nécessite deux champs sur la même grille.</translation>
    </message>
    <message>
        <source>The scalar grid is malformed: it needs at least 2 samples per axis and one value per sample.</source>
        <translation>La grille scalaire est mal formée&#xa0;: elle doit comporter au moins 2 échantillons par axe et une valeur par échantillon.</translation>
    </message>
    <message>
        <source>A mesh cannot be simplified below 4 triangles; ask for a face count of 4 or more.</source>
        <translation>Un maillage ne peut pas être simplifié en dessous de 4 triangles&#xa0;; demandez un nombre de faces d&apos;au moins 4.</translation>
    </message>
    <message>
        <source>Taubin smoothing needs 0 &lt; lambda &lt; 1 and mu &lt; -lambda; use the defaults (0.5, -0.53).</source>
        <translation>Le lissage de Taubin nécessite 0 &lt; lambda &lt; 1 et mu &lt; -lambda&#xa0;; utilisez les valeurs par défaut (0.5, -0.53).</translation>
    </message>
    <message>
        <source>Internal error: the image and its mask differ in size, or the model input size is invalid. Please report this.</source>
        <translation>Erreur interne&#xa0;: l&apos;image et son masque n&apos;ont pas la même taille, ou la taille d&apos;entrée du modèle n&apos;est pas valide. Veuillez signaler ce problème.</translation>
    </message>
    <message>
        <source>No object found in the image. Use a photo of one object in front of a plain background, or an image with a transparent background.</source>
        <translation>Aucun objet n&apos;a été trouvé dans l&apos;image. Utilisez la photo d&apos;un seul objet devant un fond uni, ou une image à fond transparent.</translation>
    </message>
    <message>
        <source>The image is too small (%1 x %2 pixels) to find an object in. Use a photo at least 64 pixels across.</source>
        <translation>L&apos;image est trop petite (%1 x %2 pixels) pour y trouver un objet. Utilisez une photo d&apos;au moins 64 pixels de côté.</translation>
    </message>
    <message>
        <source>The model weights %1 do not fit this Lift3D (%2). Use a model made for this version.</source>
        <translation>Les poids du modèle %1 ne conviennent pas à cette version de Lift3D (%2). Utilisez un modèle conçu pour cette version.</translation>
    </message>
    <message>
        <source>%1 is not a usable Lift3D TorchScript model (%2). See &quot;Bring your own model&quot; in docs/model.md.</source>
        <translation>%1 n&apos;est pas un modèle TorchScript utilisable par Lift3D (%2). Consultez la section «&#xa0;Bring your own model&#xa0;» de docs/model.md.</translation>
    </message>
    <message>
        <source>The TorchScript model failed: %1</source>
        <translation>Le modèle TorchScript a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lift3D model %1 (%2 training views)</source>
        <translation>Modèle Lift3D %1 (%2 vues d&apos;entraînement)</translation>
    </message>
    <message>
        <source>TorchScript model %1</source>
        <translation>Modèle TorchScript %1</translation>
    </message>
    <message>
        <source>Lift3D works offline and does not download %1. Save the image to your computer, then drop the file.</source>
        <translation>Lift3D fonctionne hors ligne et ne télécharge pas %1. Enregistrez l&apos;image sur votre ordinateur, puis déposez le fichier.</translation>
    </message>
    <message>
        <source>What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file.</source>
        <translation>Ce qui a été déposé n&apos;est ni une image ni un fichier. Déposez la photo d&apos;un objet ou un fichier de maillage.</translation>
    </message>
    <message>
        <source>Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)</source>
        <translation>Images (%1);;Maillages (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Test shape (no model)</source>
        <translation>Forme de test (sans modèle)</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask the size of the picture.</source>
        <translation>Le masque fait %1 x %2 pixels, mais l&apos;image %3 x %4. Utilisez un masque de la taille de l&apos;image.</translation>
    </message>
    <message>
        <source>The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit greyscale PNG, or use a smaller picture and mask.</source>
        <translation>Le masque %1 est trop grand pour être ouvert (%2 x %3 pixels). Enregistrez-le en PNG 8 bits en niveaux de gris, ou utilisez une image et un masque plus petits.</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as an image editor shows it, camera orientation applied). Turn the mask to match the picture.</source>
        <translation>Le masque %1 fait %2 x %3 pixels et est couché par rapport à l&apos;image (%4 x %5 telle qu&apos;un éditeur d&apos;images l&apos;affiche, orientation de l&apos;appareil photo appliquée). Faites pivoter le masque pour qu&apos;il corresponde à l&apos;image.</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the size of the picture as an image editor shows it.</source>
        <translation>Le masque %1 fait %2 x %3 pixels, mais l&apos;image %4 x %5. Donnez au masque la taille de l&apos;image telle qu&apos;un éditeur d&apos;images l&apos;affiche.</translation>
    </message>
    <message>
        <source>The mask %1 has both transparency and varying colours, so it is unclear which marks the object. Save it in greyscale (the object white on black) or in one colour on transparency.</source>
        <translation>Le masque %1 a à la fois de la transparence et des couleurs variées&#xa0;; on ne sait donc pas ce qui marque l&apos;objet. Enregistrez-le en niveaux de gris (l&apos;objet en blanc sur noir) ou en une seule couleur sur fond transparent.</translation>
    </message>
    <message>
        <source>The mask %1 marks no object: no pixel is light or opaque enough. Paint the object white on black, or opaque on transparency.</source>
        <translation>Le masque %1 ne marque aucun objet&#xa0;: aucun pixel n&apos;est assez clair ou opaque. Peignez l&apos;objet en blanc sur noir, ou en opaque sur fond transparent.</translation>
    </message>
    <message>
        <source>The mask file %1 does not exist. Check the path and try again.</source>
        <translation>Le fichier de masque %1 n&apos;existe pas. Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mask image. Choose the mask file inside it.</source>
        <translation>%1 est un dossier, pas une image de masque. Choisissez le fichier de masque qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose a mask image file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (tube, socket ou périphérique). Choisissez un fichier image de masque.</translation>
    </message>
    <message>
        <source>Cannot open the mask %1 (%2). Check that you are allowed to read it.</source>
        <translation>Impossible d&apos;ouvrir le masque %1 (%2). Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The mask %1 is empty (0 bytes). Choose a mask image with content.</source>
        <translation>Le masque %1 est vide (0 octet). Choisissez une image de masque non vide.</translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, white for the object and black for the background.</source>
        <translation>%1 n&apos;est pas une image que Lift3D peut lire comme masque. Enregistrez le masque en PNG, en blanc pour l&apos;objet et en noir pour l&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>The mask %1 declares an empty picture (%2 x %3 pixels). Save the mask again.</source>
        <translation>Le masque %1 déclare une image vide (%2 x %3 pixels). Enregistrez à nouveau le masque.</translation>
    </message>
    <message>
        <source>The mask %1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; save the mask again.</source>
        <translation>Le masque %1 semble être une image %2, mais n&apos;a pas pu être décodé (%3). Le fichier est peut-être endommagé ou incomplet&#xa0;; enregistrez à nouveau le masque.</translation>
    </message>
    <message>
        <source>There is no mask to save yet. Open a picture first.</source>
        <translation>Il n&apos;y a pas encore de masque à enregistrer. Ouvrez d&apos;abord une image.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save the mask to.</source>
        <translation>%1 est un dossier. Indiquez un nom de fichier où enregistrer le masque.</translation>
    </message>
    <message>
        <source>The mask is too large to save (%1 x %2 pixels). Use a smaller picture.</source>
        <translation>Le masque est trop grand pour être enregistré (%1 x %2 pixels). Utilisez une image plus petite.</translation>
    </message>
    <message>
        <source>Cannot write the mask %1 (%2). Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire le masque %1 (%2). Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Writing the mask %1 failed (%2). Free some disk space or choose another folder.</source>
        <translation>L&apos;écriture du masque %1 a échoué (%2). Libérez de l&apos;espace disque ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Le modèle de segmentation %1 est endommagé (%2). Réinstallez Lift3D ; d’ici là, les objets sont trouvés d’après la couleur de leur arrière-plan.</translation>
    </message>
    <message>
        <source>The segmentation model %1 does not fit this Lift3D (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Le modèle de segmentation %1 ne convient pas à ce Lift3D (%2). Réinstallez Lift3D ; d’ici là, les objets sont trouvés d’après la couleur de leur arrière-plan.</translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing. Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>Le modèle de segmentation %1 est introuvable. Réinstallez Lift3D ; d’ici là, les objets sont trouvés d’après la couleur de leur arrière-plan.</translation>
    </message>
</context>
<context>
    <name>lift3d::ControlPanel</name>
    <message>
        <source>Quality of the final mesh</source>
        <translation>Qualité du maillage final</translation>
    </message>
    <message>
        <source>Generate again (new seed)</source>
        <translation>Générer à nouveau (nouvelle graine)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>lift3d::ExportDialog</name>
    <message>
        <source>millimetres</source>
        <translation>millimètres</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centimètres</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pouces</translation>
    </message>
    <message>
        <source>Export mesh</source>
        <translation>Exporter le maillage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>tous (%1)</translation>
    </message>
    <message>
        <source>Simplify to at most this many triangles (meshoptimizer); keeps the shape&apos;s outline.</source>
        <translation>Simplifier jusqu&apos;à ce nombre maximal de triangles (meshoptimizer)&#xa0;; conserve le contour de la forme.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation>Triangles&#xa0;:</translation>
    </message>
    <message>
        <source>Longest side:</source>
        <translation>Plus grand côté&#xa0;:</translation>
    </message>
    <message>
        <source>glTF files are always in metres; the size is converted.</source>
        <translation>Les fichiers glTF sont toujours en mètres&#xa0;; la taille est convertie.</translation>
    </message>
    <message>
        <source>This format has no vertex colours; the mesh is written without its colours.</source>
        <translation>Ce format ne prend pas en charge les couleurs de sommets&#xa0;; le maillage est écrit sans ses couleurs.</translation>
    </message>
</context>
<context>
    <name>lift3d::GenerationController</name>
    <message>
        <source>The model %1 could not be loaded (%2). Reinstall Lift3D or choose another model file.</source>
        <translation>Le modèle %1 n&apos;a pas pu être chargé (%2). Réinstallez Lift3D ou choisissez un autre fichier de modèle.</translation>
    </message>
    <message>
        <source>The model is not available, so no mesh can be generated. See the message shown at start; mesh files can still be opened and exported.</source>
        <translation>Le modèle n&apos;est pas disponible, aucun maillage ne peut donc être généré. Consultez le message affiché au démarrage&#xa0;; les fichiers de maillage peuvent toujours être ouverts et exportés.</translation>
    </message>
    <message>
        <source>No model is loaded yet. Wait a moment and try again.</source>
        <translation>Aucun modèle n&apos;est encore chargé. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Generation failed (%1). Try another image.</source>
        <translation>La génération a échoué (%1). Essayez une autre image.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>Impossible d&apos;ouvrir %1 (%2).</translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was written.</source>
        <translation>L&apos;exportation a échoué (%1). Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>lift3d::InputThumbnail</name>
    <message>
        <source>The photo you drop appears here, with the object Lift3D found outlined.</source>
        <translation>La photo déposée apparaît ici, avec le contour de l&apos;objet trouvé par Lift3D.</translation>
    </message>
    <message>
        <source>Click to correct the outline of the object (%1).</source>
        <translation>Cliquez pour corriger le contour de l&apos;objet (%1).</translation>
    </message>
</context>
<context>
    <name>lift3d::MainWindow</name>
    <message>
        <source>Loaded: %1</source>
        <translation>Chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model ready. Drop a photo of an object.</source>
        <translation>Modèle prêt. Déposez la photo d&apos;un objet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Lift3D</source>
        <translation>Lift3D</translation>
    </message>
    <message>
        <source>%1 — Lift3D</source>
        <translation>%1 — Lift3D</translation>
    </message>
    <message>
        <source>Drop a photo of an object here

or press Ctrl+O to open one, Ctrl+V to paste one.
Mesh files (GLB, OBJ, STL, …) open here too.</source>
        <translation>Déposez ici la photo d&apos;un objet

ou appuyez sur Ctrl+O pour en ouvrir une, sur Ctrl+V pour en coller une.
Les fichiers de maillage (GLB, OBJ, STL, …) s&apos;ouvrent aussi ici.</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>image déposée</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; Lift3D opens the first one.</source>
        <translation>
            <numerusform>%n fichier a été déposé&#xa0;; Lift3D ouvre le premier.</numerusform>
            <numerusform>%n fichiers ont été déposés&#xa0;; Lift3D ouvre le premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or open one image file.</source>
        <translation>%1 est un dossier. Déposez ou ouvrez un seul fichier image.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 n&apos;existe pas. Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>Open a photo or a mesh</source>
        <translation>Ouvrir une photo ou un maillage</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture or an image file first.</source>
        <translation>Le presse-papiers ne contient aucune image. Copiez d&apos;abord une image ou un fichier image.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>Final · %n step(s)</source>
        <translation>
            <numerusform>Final · %n étape</numerusform>
            <numerusform>Final · %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported mesh</source>
        <translation>Maillage importé</translation>
    </message>
    <message numerus="yes">
        <source>%n triangle(s)</source>
        <translation>
            <numerusform>%n triangle</numerusform>
            <numerusform>%n triangles</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Loading the model in the background…</source>
        <translation>Chargement du modèle en arrière-plan…</translation>
    </message>
    <message>
        <source>The model is still loading; generation starts as soon as it is ready.</source>
        <translation>Le modèle est encore en cours de chargement&#xa0;; la génération démarrera dès qu&apos;il sera prêt.</translation>
    </message>
</context>
<context>
    <name>lift3d::MaskEditor</name>
    <message>
        <source>Edit Mask</source>
        <translation>Modifier le masque</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background. Inside, the mask stays as it is; where it holds no object yet, the whole rectangle becomes the object.</source>
        <translation>Tracez un rectangle autour de l&apos;objet&#xa0;: tout ce qui est à l&apos;extérieur devient de l&apos;arrière-plan. À l&apos;intérieur, le masque reste tel quel&#xa0;; s&apos;il n&apos;y contient encore aucun objet, tout le rectangle devient l&apos;objet.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Paint over what belongs to the object. A right drag paints background.</source>
        <translation>Peignez ce qui fait partie de l&apos;objet. Un glisser avec le bouton droit peint de l&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Paint over what is background. A right drag paints the object.</source>
        <translation>Peignez ce qui est de l&apos;arrière-plan. Un glisser avec le bouton droit peint l&apos;objet.</translation>
    </message>
    <message>
        <source>&amp;Brush size:</source>
        <translation>&amp;Taille du pinceau&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)</source>
        <translation>Diamètre du pinceau en pixels de l&apos;image (%1 plus petit, %2 plus grand)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>Défaire la dernière modification (%1)</translation>
    </message>
    <message>
        <source>&amp;Reset to Automatic</source>
        <translation>&amp;Revenir au masque automatique</translation>
    </message>
    <message>
        <source>Go back to the mask Lift3D found; Undo brings your changes back.</source>
        <translation>Revenir au masque trouvé par Lift3D&#xa0;; «&#xa0;Défaire&#xa0;» rétablit vos modifications.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Generate the mesh from this mask (Enter)</source>
        <translation>Générer le maillage à partir de ce masque (Entrée)</translation>
    </message>
    <message>
        <source>Close without changing the mask (Esc)</source>
        <translation>Fermer sans modifier le masque (Échap)</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background.</source>
        <translation>Tracez un rectangle autour de l&apos;objet&#xa0;: tout ce qui est à l&apos;extérieur devient de l&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>Paint over parts of the object that are tinted. A right drag paints background.</source>
        <translation>Peignez les parties de l&apos;objet qui sont teintées. Un glisser avec le bouton droit peint de l&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>Paint over background inside the outline. A right drag paints the object.</source>
        <translation>Peignez l&apos;arrière-plan à l&apos;intérieur du contour. Un glisser avec le bouton droit peint l&apos;objet.</translation>
    </message>
    <message>
        <source>Tinted areas are background, the yellow line outlines the object.</source>
        <translation>Les zones teintées sont l&apos;arrière-plan, la ligne jaune entoure l&apos;objet.</translation>
    </message>
    <message>
        <source>The mask is empty. Paint the object or drag a rectangle around it, then apply.</source>
        <translation>Le masque est vide. Peignez l&apos;objet ou tracez un rectangle autour, puis appliquez.</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshFormat</name>
    <message>
        <source>glTF binary</source>
        <translation>glTF binaire</translation>
    </message>
    <message>
        <source>glTF</source>
        <translation>glTF</translation>
    </message>
    <message>
        <source>Wavefront OBJ</source>
        <translation>Wavefront OBJ</translation>
    </message>
    <message>
        <source>Stanford PLY</source>
        <translation>Stanford PLY</translation>
    </message>
    <message>
        <source>STL</source>
        <translation>STL</translation>
    </message>
    <message>
        <source>Autodesk FBX</source>
        <translation>Autodesk FBX</translation>
    </message>
    <message>
        <source>3D Manufacturing Format</source>
        <translation>3D Manufacturing Format</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshOutput</name>
    <message>
        <source>There is no mesh to export yet. Drop a photo first.</source>
        <translation>Il n&apos;y a pas encore de maillage à exporter. Déposez d&apos;abord une photo.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1. Check that the folder is writable.</source>
        <translation>La capture d&apos;écran n&apos;a pas pu être enregistrée sous %1. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>Capture d&apos;écran enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshViewport</name>
    <message>
        <source>This computer&apos;s graphics driver does not offer OpenGL 3.3, so the 3D view stays empty. Meshes can still be generated and exported.</source>
        <translation>Le pilote graphique de cet ordinateur ne prend pas en charge OpenGL 3.3&#xa0;; la vue 3D reste donc vide. Les maillages peuvent toujours être générés et exportés.</translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not compile on this graphics driver: %1</source>
        <translation>Les shaders de la vue 3D n&apos;ont pas pu être compilés avec ce pilote graphique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lift3d::QualitySlider</name>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Sampling steps of the final mesh: more steps take longer and follow the model more closely.</source>
        <translation>Étapes d&apos;échantillonnage du maillage final&#xa0;: davantage d&apos;étapes prennent plus de temps et suivent le modèle de plus près.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last run %2 ms</source>
        <translation>%1 · dernière exécution %2 ms</translation>
    </message>
</context>
<context>
    <name>lift3d::WindowActions</name>
    <message>
        <source>Recent file %1</source>
        <translation>Fichier récent %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Shading</source>
        <translation>&amp;Ombrage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Co&amp;ller l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot</source>
        <translation>Enregistrer une &amp;capture d&apos;écran</translation>
    </message>
    <message>
        <source>Save Screenshot with &amp;Transparent Background</source>
        <translation>Enregistrer une capture d&apos;écran avec fond &amp;transparent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Generate &amp;Again with a New Seed</source>
        <translation>Générer à &amp;nouveau avec une nouvelle graine</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>&amp;Annuler la génération</translation>
    </message>
    <message>
        <source>&amp;Smooth</source>
        <translation>&amp;Lisse</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>&amp;Plat</translation>
    </message>
    <message>
        <source>&amp;Vertex Colours</source>
        <translation>&amp;Couleurs des sommets</translation>
    </message>
    <message>
        <source>&amp;Matcap</source>
        <translation>&amp;Matcap</translation>
    </message>
    <message>
        <source>&amp;Wireframe Overlay</source>
        <translation>Superposition &amp;filaire</translation>
    </message>
    <message>
        <source>Ground &amp;Grid</source>
        <translation>&amp;Grille au sol</translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation>A&amp;xes</translation>
    </message>
    <message>
        <source>&amp;Front View</source>
        <translation>Vue de fa&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Right View</source>
        <translation>Vue de &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Top View</source>
        <translation>Vue de dess&amp;us</translation>
    </message>
    <message>
        <source>&amp;Orthographic</source>
        <translation>Ort&amp;hographique</translation>
    </message>
    <message>
        <source>Frame &amp;Mesh</source>
        <translation>Cadrer le &amp;maillage</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Lift3D</source>
        <translation>À &amp;propos de Lift3D</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>Modifier le &amp;masque…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turns a photo of an object into a 3D mesh.</source>
        <translation>Transforme la photo d&apos;un objet en maillage 3D.</translation>
    </message>
    <message>
        <source>An image or mesh file to open.</source>
        <translation>Un fichier image ou de maillage à ouvrir.</translation>
    </message>
    <message>
        <source>A Lift3D manifest.json or a TorchScript file (default: the bundled model).</source>
        <translation>Un fichier manifest.json de Lift3D ou un fichier TorchScript (par défaut&#xa0;: le modèle fourni).</translation>
    </message>
    <message>
        <source>With a file: save a picture of the window once the final mesh is shown, then quit.</source>
        <translation>Avec un fichier : enregistrer une image de la fenêtre dès que le maillage final est affiché, puis quitter.</translation>
    </message>
    <message>
        <source>Language code (de, fr, es, ja, zh_CN, en) for this run.</source>
        <translation>Code de langue (de, fr, es, ja, zh_CN, en) pour cette exécution.</translation>
    </message>
    <message>
        <source>The model could not be loaded (%1). Reinstall Lift3D or choose another model file.</source>
        <translation>Le modèle n’a pas pu être chargé (%1). Réinstallez Lift3D ou choisissez un autre fichier de modèle.</translation>
    </message>
    <message>
        <source>%1 could not be converted (%2). Try another image.</source>
        <translation>%1 n’a pas pu être converti (%2). Essayez une autre image.</translation>
    </message>
    <message>
        <source>With a file: save a picture of the mask editor on it once the final mesh is shown, then quit.</source>
        <translation>Avec un fichier : enregistrer une image de l’éditeur de masque sur celui-ci dès que le maillage final s’affiche, puis quitter.</translation>
    </message>
</context>
</TS>
