using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Watchkeeper.Server.Platform.Secrets;

/// <summary>The operator's key-encryption key: any passphrase, stretched to 256 bits.</summary>
public sealed class MasterKey(string? passphrase)
{
    private readonly byte[]? key = string.IsNullOrEmpty(passphrase)
        ? null
        : Rfc2898DeriveBytes.Pbkdf2(passphrase, Encoding.UTF8.GetBytes("watchkeeper-master-key"), 200_000, HashAlgorithmName.SHA256, 32);

    public bool IsConfigured => key is not null;

    public byte[] Key => key ?? throw new InvalidOperationException("Security:MasterKey is not configured, but the key ring is encrypted with one.");
}

/// <summary>Encrypts Data Protection key XML with AES-GCM under the master key.</summary>
public sealed class MasterKeyXmlEncryptor(MasterKey master) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(master.Key, 16))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }
        var element = new XElement("encryptedKey",
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}

public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var master = services.GetRequiredService<MasterKey>();
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var cipher = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(master.Key, 16))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
