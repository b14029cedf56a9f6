package no.farvel.maven.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.repository.AuthenticationSelector;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import no.farvel.templates.pack.PackException;

/**
 * What a Maven settings file contributes to resolving a pack: its local repository, its mirrors and the
 * credentials of its servers. A missing file contributes nothing.
 */
record MavenSettings(Path localRepository, MirrorSelector mirrors, AuthenticationSelector authentication) {

    static MavenSettings read(Path file) {
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        DefaultAuthenticationSelector authentication = new DefaultAuthenticationSelector();
        if (file == null || !Files.isRegularFile(file)) {
            return new MavenSettings(null, mirrors, authentication);
        }
        Settings settings;
        try {
            settings = new DefaultSettingsBuilderFactory().newInstance().build(new DefaultSettingsBuildingRequest()
                    .setUserSettingsFile(file.toFile())
                    .setSystemProperties(System.getProperties())).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            throw new PackException("Maven settings " + file + " cannot be read: " + e.getProblems().stream()
                    .map(Object::toString).collect(Collectors.joining("; ")), e);
        }
        for (Mirror mirror : settings.getMirrors()) {
            mirrors.add(mirror.getId(), mirror.getUrl(), mirror.getLayout(), false, mirror.isBlocked(),
                    mirror.getMirrorOf(), mirror.getMirrorOfLayouts());
        }
        for (Server server : settings.getServers()) {
            AuthenticationBuilder auth = new AuthenticationBuilder();
            if (server.getUsername() != null) {
                auth.addUsername(server.getUsername()).addPassword(server.getPassword());
            }
            if (server.getPrivateKey() != null) {
                auth.addPrivateKey(server.getPrivateKey(), server.getPassphrase());
            }
            authentication.add(server.getId(), auth.build());
        }
        String local = settings.getLocalRepository();
        return new MavenSettings(local == null || local.isBlank() ? null : Path.of(local), mirrors, authentication);
    }
}
