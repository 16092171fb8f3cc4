using System.Security.Cryptography;
using System.Text;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>The Open API signature (REFERENCE §1.4): SHA1withRSA (PKCS#1 v1.5) over the UTF-8 canonical string, Base64.</summary>
internal sealed class RsaRequestSigner(RSA privateKey) : IRequestSigner
{
    public string Sign(RequestSigningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var data = Encoding.UTF8.GetBytes(input.GetStringToSign());
        try
        {
            return Convert.ToBase64String(privateKey.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(data);
        }
    }
}
