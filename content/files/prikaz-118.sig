-----BEGIN PKCS7-----
MIIBdemo-detached-signature-placeholder-for-the-demo-site
-----END PKCS7-----
